/**
 * kafkajs 2.2.4, its last release, keeps a 1 ms timer running forever on every broker connection once any
 * request has been answered: `scheduleCheckPendingRequests` arms a timer even when nothing waits, with a negative
 * delay (Node makes it 1 ms, and Node 24 warns: TimeoutNegativeWarning), whose callback arms the next one
 * (tulios/kafkajs#1556, #1704, #1751; the fixes are unmerged). Each idle service spent about 50 ms of CPU a
 * second in it (issue 20). The method is replaced here by one that arms a timer only when requests wait to be
 * sent — throttled by the broker or over the in-flight limit —, which is the library's own behaviour then: a
 * request pushed later schedules its own check. Applied once, when the messaging library is loaded.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue') as {
  prototype: QueueInternals;
};

interface QueueInternals {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

/** kafkajs' own interval for re-checking a queue that waits on its in-flight limit. */
const CHECK_PENDING_MS = 10;

export function scheduleCheckOnlyWhenPending(this: QueueInternals): void {
  if (this.throttleCheckTimeoutId || this.pending.length === 0) return;
  const throttledFor = this.throttledUntil - Date.now();
  this.throttleCheckTimeoutId = setTimeout(
    () => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    },
    throttledFor > 0 ? throttledFor : CHECK_PENDING_MS,
  );
}

RequestQueue.prototype.scheduleCheckPendingRequests = scheduleCheckOnlyWhenPending;
