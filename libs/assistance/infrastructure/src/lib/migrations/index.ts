import { AssistanceInit1764180000200 } from './1764180000200-assistance-init';
import { AssistanceCases1764180000300 } from './1764180000300-assistance-cases';
import { AssistanceMessagingRowLevelSecurity1764180000400 } from './1764180000400-assistance-messaging-row-level-security';

/** In order. A new migration is appended, never edited in place. */
export const assistanceMigrations = [
  AssistanceInit1764180000200,
  AssistanceCases1764180000300,
  AssistanceMessagingRowLevelSecurity1764180000400,
];
