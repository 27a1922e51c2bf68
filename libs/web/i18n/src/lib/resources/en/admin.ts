import type { admin as italian } from '../it/admin';

export const admin: typeof italian = {
  title: 'Municipality administration',
};
