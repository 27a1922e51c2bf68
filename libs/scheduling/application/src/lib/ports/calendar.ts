import { HolidayCalendar } from '@facile/scheduling/domain';

/** Port: the holiday calendar (national holidays and patron days from configuration). */
export abstract class HolidaySource {
  abstract calendar(): HolidayCalendar;
}

/** Port: the current time (tests and benchmarks may fix it). */
export abstract class Clock {
  abstract now(): Date;
}
