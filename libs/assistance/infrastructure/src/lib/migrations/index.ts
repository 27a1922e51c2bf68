import { AssistanceInit1764180000200 } from './1764180000200-assistance-init';

/** In order. A new migration is appended, never edited in place. */
export const assistanceMigrations = [AssistanceInit1764180000200];
