import { BatchEntry, EventBatch } from './event-batch';

describe('EventBatch', () => {
  const flushes: string[][] = [];
  const flush = async (entries: BatchEntry<string>[]) => {
    flushes.push(entries.map((e) => e.item));
    for (const e of entries) e.resolve();
  };
  beforeEach(() => (flushes.length = 0));

  it('flushes once every message has joined or finished without joining, in offset order', async () => {
    const [a, b, c] = [{}, {}, {}];
    const batch = new EventBatch(3);
    const joinedC = batch.join(c, '12', 'consumer', 'c', flush);
    const joinedA = batch.join(a, '10', 'consumer', 'a', flush);
    expect(flushes).toEqual([]);
    batch.settled(b); // an ignored event
    await Promise.all([joinedA, joinedC]);
    expect(flushes).toEqual([['a', 'c']]);
  });

  it('keeps the groups of two consumers apart', async () => {
    const [a, b] = [{}, {}];
    const batch = new EventBatch(2);
    const joined = [batch.join(a, '1', 'one', 'a', flush), batch.join(b, '2', 'two', 'b', flush)];
    await Promise.all(joined);
    expect(flushes).toEqual([['a'], ['b']]);
  });

  it('sends a message that joins again, or after the flush, to be applied on its own', async () => {
    const [a, b] = [{}, {}];
    const batch = new EventBatch(1);
    await batch.join(a, '1', 'consumer', 'a', flush);
    expect(batch.join(a, '1', 'consumer', 'a', flush)).toBeUndefined();
    expect(batch.join(b, '2', 'consumer', 'b', flush)).toBeUndefined();
    expect(flushes).toEqual([['a']]);
  });

  it('does not count a joined message twice when its handler finishes', async () => {
    const [a, b] = [{}, {}];
    const batch = new EventBatch(2);
    const joined = batch.join(a, '1', 'consumer', 'a', flush);
    batch.settled(a);
    expect(flushes).toEqual([]);
    batch.settled(b);
    await joined;
    expect(flushes).toEqual([['a']]);
  });

  it('rejects the entries a throwing flush left waiting', async () => {
    const batch = new EventBatch(1);
    const joined = batch.join({}, '1', 'consumer', 'a', () => Promise.reject(new Error('down')));
    await expect(joined).rejects.toThrow('down');
  });

  it('is the current batch inside run, and only there', () => {
    const batch = new EventBatch(1);
    expect(batch.run(() => EventBatch.current())).toBe(batch);
    expect(EventBatch.current()).toBeUndefined();
  });
});
