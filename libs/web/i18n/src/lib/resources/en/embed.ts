import type { embed as italian } from '../it/embed';

export const embed: typeof italian = {
  title: 'Book with Sportello FACILE',
};
