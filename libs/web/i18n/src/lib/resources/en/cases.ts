import type { cases as italian } from '../it/cases';

export const cases: typeof italian = {
  title: 'Assistance cases',
};
