import { SchedulingInit1764180000100 } from './1764180000100-scheduling-init';

/** In order. A new migration is appended, never edited in place. */
export const schedulingMigrations = [SchedulingInit1764180000100];
