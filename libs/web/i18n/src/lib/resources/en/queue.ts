import type { queue as italian } from '../it/queue';

export const queue: typeof italian = {
  title: 'Queue',
};
