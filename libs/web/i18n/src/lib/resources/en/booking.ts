import type { booking as italian } from '../it/booking';

export const booking: typeof italian = {
  title: 'Book an appointment',
};
