import { LocalInterval } from './opening-hours';
import { wallTimeToMillis } from './zone-time';

/** Does an appointment [startMs, endMs) fall outside a day's remaining hours (a closure: `[]` = closed all day)? */
export function isOutsideHours(
  startMs: number,
  endMs: number,
  date: string,
  hours: readonly LocalInterval[],
  zone: string,
): boolean {
  return !hours.some(
    ([from, to]) =>
      startMs >= wallTimeToMillis(date, from, zone) && endMs <= wallTimeToMillis(date, to, zone),
  );
}
