import './kafkajs-idle-loop';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue') as new (options: object) => {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  scheduleCheckPendingRequests(): void;
  destroy(): void;
};

const queue = () =>
  new RequestQueue({
    maxInFlightRequests: 1,
    requestTimeout: 1000,
    enforceRequestTimeout: false,
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
});
