import './kafkajs-idle-loop';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue') as new (options: object) => {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  scheduleCheckPendingRequests(): void;
  scheduleRequestTimeoutCheck(): void;
  inflight: Map<number, { sentAt: number; requestTimeout: number; timeoutRequest(): void }>;
  requestTimeoutIntervalId: NodeJS.Timeout | null;
  destroy(): void;
};

const queue = (enforceRequestTimeout = false) =>
  new RequestQueue({
    maxInFlightRequests: 1,
    requestTimeout: 30000,
    enforceRequestTimeout,
    clientId: 'test',
    broker: 'localhost:9092',
    logger: { debug: () => undefined, warn: () => undefined, error: () => undefined },
  });

const NOW = 1_000_000;

/** On fake timers from NOW: after `arm`, `fired` is called for the first time exactly `ms` later. */
function expectFiredAfter(ms: number, fired: jest.Mock, arm: () => void): void {
  jest.useFakeTimers({ now: NOW });
  try {
    arm();
    jest.advanceTimersByTime(ms - 1);
    expect(fired).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
  } finally {
    jest.useRealTimers();
  }
}

describe('kafkajs request queue, idle', () => {
  it('arms no timer when nothing waits (the library spun a 1 ms timer forever)', () => {
    const q = queue();
    q.scheduleCheckPendingRequests();
    expect(q.throttleCheckTimeoutId).toBeNull();
    q.destroy();
  });

  it('still checks again for requests that wait, after the throttle if there is one', () => {
    const q = queue();
    q.pending.push({});
    q.throttledUntil = NOW + 500;
    const check = jest.fn();
    (q as unknown as { checkPendingRequests: () => void }).checkPendingRequests = check;
    expectFiredAfter(500, check, () => {
      q.scheduleCheckPendingRequests();
      expect(q.throttleCheckTimeoutId).not.toBeNull();
    });
    q.destroy();
  });

  it('looks for timed-out requests once a second, not every 100 ms, and still times them out', () => {
    const q = queue(true);
    const timeoutRequest = jest.fn();
    q.inflight.set(1, { sentAt: NOW, requestTimeout: 500, timeoutRequest });
    expectFiredAfter(1000, timeoutRequest, () => q.scheduleRequestTimeoutCheck());
    q.destroy();
  });

  it('arms no check at all when request timeouts are not enforced', () => {
    const q = queue(false);
    q.scheduleRequestTimeoutCheck();
    expect(q.requestTimeoutIntervalId ?? null).toBeNull();
    q.destroy();
  });
});
