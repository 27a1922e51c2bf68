import type { kiosk as italian } from '../it/kiosk';

export const kiosk: typeof italian = {
  title: 'Take a number',
};
