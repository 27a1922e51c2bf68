import type { services as italian } from '../it/services';

export const services: typeof italian = {
  title: 'Services',
};
