/** How long a check-in, completion or no-show waits, undoable, before it is sent. */
export const UNDO_GRACE_MS = 5_000;

interface Pending<A> {
  action: A;
  timer: ReturnType<typeof setTimeout>;
  dueAt: number;
}

/**
 * Actions held back for a grace window before they are committed (the booking API has no reverse
 * transitions, so "undo" means "not sent yet"). One pending action per key; scheduling another for the
 * same key commits the first. `flush()` commits everything now (leaving the page).
 */
export class GraceTimer<K, A> {
  private readonly pending = new Map<K, Pending<A>>();

  constructor(
    private readonly commit: (key: K, action: A) => void,
    private readonly delayMs = UNDO_GRACE_MS,
    private readonly onChange: () => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  schedule(key: K, action: A): void {
    this.fire(key);
    const timer = setTimeout(() => this.fire(key), this.delayMs);
    this.pending.set(key, { action, timer, dueAt: this.now() + this.delayMs });
    this.onChange();
  }

  /** Drops the pending action of `key` without sending it; false when there was none (already sent). */
  cancel(key: K): boolean {
    const p = this.pending.get(key);
    if (!p) return false;
    clearTimeout(p.timer);
    this.pending.delete(key);
    this.onChange();
    return true;
  }

  /** Sends every pending action now. */
  flush(): void {
    for (const key of [...this.pending.keys()]) this.fire(key);
  }

  /** Whether any action waits (the page redraws its countdowns while one does). */
  get waiting(): boolean {
    return this.pending.size > 0;
  }

  actionOf(key: K): A | undefined {
    return this.pending.get(key)?.action;
  }

  /** Whole seconds left before the action of `key` is sent (0 when none is pending). */
  secondsLeft(key: K): number {
    const p = this.pending.get(key);
    return p ? Math.max(0, Math.ceil((p.dueAt - this.now()) / 1000)) : 0;
  }

  private fire(key: K): void {
    const p = this.pending.get(key);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(key);
    this.onChange();
    this.commit(key, p.action);
  }
}
