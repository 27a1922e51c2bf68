import type { sessions as italian } from '../it/sessions';

export const sessions: typeof italian = {
  title: 'Group sessions',
};
