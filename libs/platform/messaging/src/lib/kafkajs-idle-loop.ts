/**
 * kafkajs 2.2.4, its last release, keeps a 1 ms timer running forever on every broker connection once any
 * request has been answered: `scheduleCheckPendingRequests` arms a timer even when nothing waits, with a negative
 * delay (Node makes it 1 ms, and Node 24 warns: TimeoutNegativeWarning), whose callback arms the next one
 * (tulios/kafkajs#1556, #1704, #1751; the fixes are unmerged). Each idle service spent about 50 ms of CPU a
 * second in it (issue 20). The method is replaced here by one that arms a timer only when requests wait to be
 * sent — throttled by the broker or over the in-flight limit —, which is the library's own behaviour then: a
 * request pushed later schedules its own check. Applied once, when the messaging library is loaded.
 * The second patch below makes each connection's request-timeout check once a second instead of every 100 ms.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue') as {
  prototype: QueueInternals;
};

interface QueueInternals {
  pending: unknown[];
  inflight: Map<number, { sentAt: number; requestTimeout: number; timeoutRequest(): void }>;
  requestTimeout: number;
  enforceRequestTimeout: boolean;
  requestTimeoutIntervalId: NodeJS.Timeout | null;
  isConnected(): boolean;
  destroy(): void;
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
  scheduleRequestTimeoutCheck(): void;
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

/**
 * How often a connection looks for requests past their timeout. kafkajs looks every 100 ms on every broker
 * connection, idle or not (five connections a service: 50 wake-ups a second for nothing), for timeouts of 30 s
 * and more (a fetch's is its wait plus the request timeout); once a second times a request out at most a second
 * late.
 */
export const REQUEST_TIMEOUT_CHECK_MS = 1000;

export function checkRequestTimeoutsEverySecond(this: QueueInternals): void {
  if (!this.enforceRequestTimeout) return;
  this.destroy();
  this.requestTimeoutIntervalId = setInterval(
    () => {
      const now = Date.now();
      this.inflight.forEach((request) => {
        if (now - request.sentAt > request.requestTimeout) request.timeoutRequest();
      });
      if (!this.isConnected()) this.destroy();
    },
    Math.min(this.requestTimeout, REQUEST_TIMEOUT_CHECK_MS),
  );
}

RequestQueue.prototype.scheduleRequestTimeoutCheck = checkRequestTimeoutsEverySecond;
