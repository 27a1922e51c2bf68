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

describe('kafkajs request queue, idle', () => {
  it('arms no timer when nothing waits (the library spun a 1 ms timer forever)', () => {
    const q = queue();
    q.scheduleCheckPendingRequests();
    expect(q.throttleCheckTimeoutId).toBeNull();
    q.destroy();
  });

  it('still checks again for requests that wait, after the throttle if there is one', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    try {
      const q = queue();
      q.pending.push({});
      q.throttledUntil = 1_000_000 + 500;
      const check = jest.fn();
      (q as unknown as { checkPendingRequests: () => void }).checkPendingRequests = check;
      q.scheduleCheckPendingRequests();
      expect(q.throttleCheckTimeoutId).not.toBeNull();
      jest.advanceTimersByTime(499);
      expect(check).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(check).toHaveBeenCalledTimes(1);
      q.destroy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('looks for timed-out requests once a second, not every 100 ms, and still times them out', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    try {
      const q = queue(true);
      const timeoutRequest = jest.fn();
      q.inflight.set(1, { sentAt: 1_000_000, requestTimeout: 500, timeoutRequest });
      q.scheduleRequestTimeoutCheck();
      jest.advanceTimersByTime(999);
      expect(timeoutRequest).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(timeoutRequest).toHaveBeenCalledTimes(1);
      q.destroy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('arms no check at all when request timeouts are not enforced', () => {
    const q = queue(false);
    q.scheduleRequestTimeoutCheck();
    expect(q.requestTimeoutIntervalId ?? null).toBeNull();
    q.destroy();
  });
});
