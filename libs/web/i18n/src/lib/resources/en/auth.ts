import type { auth as italian } from '../it/auth';

export const auth: typeof italian = {
  title: 'Staff sign-in',
};
