import type { embed as italian } from '../it/embed';

export const embed: typeof italian = {
  title: 'Book with the Sportello FACILE',
  poweredBy: 'A service of the Sportello FACILE Territoriale',
  openFull: 'Open in a new tab',
};
