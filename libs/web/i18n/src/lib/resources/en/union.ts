import type { union as italian } from '../it/union';

export const union: typeof italian = {
  title: 'Union administration',
};
