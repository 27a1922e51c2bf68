/** Who a counter calls next. Pure. */

export interface QueueCandidate {
  kind: 'ticket' | 'appointment';
  id: string;
  /** A walk-in ticket waits from its issue time; a checked-in appointment from its booked start. */
  since: Date;
}

/**
 * Longest waiting first; appointments interleave by their time; on a tie the appointment goes first (it was promised
 * that time). A service group offers only its lowest waiting number: within a group, calls follow the printed numbers.
 */
export function nextInLine(candidates: readonly QueueCandidate[]): QueueCandidate | null {
  let best: QueueCandidate | null = null;
  for (const c of candidates) {
    if (!best) best = c;
    else {
      const d = c.since.getTime() - best.since.getTime();
      if (d < 0 || (d === 0 && c.kind === 'appointment' && best.kind === 'ticket')) best = c;
    }
  }
  return best;
}

/** After a call nobody answers: back in line until the maximum number of calls, then missed. */
export function afterNoAnswer(calls: number, maxCalls: number): 'waiting' | 'missed' {
  return calls >= maxCalls ? 'missed' : 'waiting';
}
