import { OutboxSignal } from './outbox-signal';

describe('OutboxSignal', () => {
  it('wakes the relay once when a transaction that wrote to the outbox commits, and not for others', () => {
    const signal = new OutboxSignal();
    let wakes = 0;
    signal.onCommit(() => wakes++);
    const wrote = {};
    const other = {};
    signal.markPending(wrote);
    signal.committed(other);
    expect(wakes).toBe(0);
    signal.committed(wrote);
    expect(wakes).toBe(1);
    // The same query runner, reused for a later transaction without outbox rows, wakes nobody.
    signal.committed(wrote);
    expect(wakes).toBe(1);
  });
});
