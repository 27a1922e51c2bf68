import type { ticket as italian } from '../it/ticket';

export const ticket: typeof italian = {
  title: 'My number',
};
