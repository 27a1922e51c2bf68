import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraceTimer, UNDO_GRACE_MS } from './grace-timer';

describe('GraceTimer (the agenda’s undo window)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const commit = vi.fn<(key: string, action: string) => void>();
    const onChange = vi.fn();
    return { commit, onChange, timer: new GraceTimer(commit, UNDO_GRACE_MS, onChange, () => Date.now()) };
  };

  it('sends the action only when the grace window has passed', () => {
    const { commit, timer } = setup();
    timer.schedule('B1', 'no-show');
    expect(timer.actionOf('B1')).toBe('no-show');
    vi.advanceTimersByTime(UNDO_GRACE_MS - 1);
    expect(commit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(commit).toHaveBeenCalledExactlyOnceWith('B1', 'no-show');
    expect(timer.actionOf('B1')).toBeUndefined();
  });

  it('undo within the window sends nothing, ever', () => {
    const { commit, timer } = setup();
    timer.schedule('B1', 'no-show');
    vi.advanceTimersByTime(4_000);
    expect(timer.cancel('B1')).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(commit).not.toHaveBeenCalled();
    expect(timer.cancel('B1')).toBe(false);
  });

  it('undo after the window is too late: the action was sent', () => {
    const { commit, timer } = setup();
    timer.schedule('B1', 'check-in');
    vi.advanceTimersByTime(UNDO_GRACE_MS);
    expect(timer.cancel('B1')).toBe(false);
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('leaving the page (flush) sends every pending action at once', () => {
    const { commit, timer } = setup();
    timer.schedule('B1', 'check-in');
    timer.schedule('B2', 'no-show');
    timer.flush();
    expect(commit.mock.calls).toEqual([
      ['B1', 'check-in'],
      ['B2', 'no-show'],
    ]);
    vi.advanceTimersByTime(UNDO_GRACE_MS);
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('keeps each booking apart, and a second action on the same booking sends the first', () => {
    const { commit, timer } = setup();
    timer.schedule('B1', 'check-in');
    vi.advanceTimersByTime(2_000);
    timer.schedule('B2', 'no-show');
    timer.cancel('B2');
    timer.schedule('B1', 'complete');
    expect(commit).toHaveBeenCalledExactlyOnceWith('B1', 'check-in');
    vi.advanceTimersByTime(UNDO_GRACE_MS);
    expect(commit).toHaveBeenLastCalledWith('B1', 'complete');
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('counts the seconds left and tells its listener about every change', () => {
    const { onChange, timer } = setup();
    expect(timer.waiting).toBe(false);
    timer.schedule('B1', 'no-show');
    expect(timer.waiting).toBe(true);
    expect(timer.secondsLeft('B1')).toBe(5);
    vi.advanceTimersByTime(2_500);
    expect(timer.secondsLeft('B1')).toBe(3);
    timer.cancel('B1');
    expect(timer.secondsLeft('B1')).toBe(0);
    expect(timer.waiting).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
