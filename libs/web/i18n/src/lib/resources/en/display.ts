import type { display as italian } from '../it/display';

export const display: typeof italian = {
  title: 'Waiting-room display',
};
