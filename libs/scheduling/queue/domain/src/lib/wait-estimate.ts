/** Estimated waits for the walk-in queue. Pure. */

/** Minutes assumed for a service group before any ticket of it has been served. */
export const DEFAULT_SERVICE_MINUTES = 10;

/** How many recent services the moving average spans. */
export const MOVING_AVERAGE_WINDOW = 20;

/** Moving average of the latest service durations (seconds), in minutes; the default when there are none. */
export function averageServiceMinutes(
  durationsSeconds: readonly number[],
  fallback = DEFAULT_SERVICE_MINUTES,
): number {
  const recent = durationsSeconds.slice(0, MOVING_AVERAGE_WINDOW).filter((s) => Number.isFinite(s) && s >= 0);
  if (recent.length === 0) return fallback;
  return recent.reduce((a, b) => a + b, 0) / recent.length / 60;
}

/** People ahead × average service time ÷ counters open for the group (at least one), rounded up. */
export function estimatedWaitMinutes(
  peopleAhead: number,
  avgServiceMinutes: number,
  openCounters: number,
): number {
  if (peopleAhead <= 0) return 0;
  return Math.ceil((peopleAhead * avgServiceMinutes) / Math.max(1, openCounters));
}
