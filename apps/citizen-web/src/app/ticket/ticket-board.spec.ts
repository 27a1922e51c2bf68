import { describe, expect, it } from 'vitest';
import { effectiveTicket, type QueueBoard, type TicketStatus } from './ticket-board';

const ticket: TicketStatus = {
  number: 'A002',
  site: 'cesena-centro',
  service: 'carta-identita-elettronica',
  status: 'waiting',
  issuedAt: '2026-12-02T08:00:00.000Z',
  ahead: 1,
  estimatedWaitMinutes: 8,
};
const board = (serving: { counter: number; number: string }[]): QueueBoard => ({
  site: 'cesena-centro',
  date: '2026-12-02',
  serving: serving.map((s) => ({ ...s, service: 'x', calledAt: '2026-12-02T08:05:00.000Z' })),
  waiting: [],
  totalWaiting: 0,
  missed: [],
  openCounters: 1,
  updatedAt: '2026-12-02T08:05:00.000Z',
});

describe('effectiveTicket', () => {
  it('shows the call as soon as the board serves the number', () => {
    expect(effectiveTicket(ticket, board([{ counter: 3, number: 'A002' }]))).toMatchObject({
      status: 'called',
      counter: 3,
    });
  });
  it('keeps the lookup otherwise', () => {
    expect(effectiveTicket(ticket, board([{ counter: 3, number: 'A001' }]))).toBe(ticket);
    expect(effectiveTicket(ticket, undefined)).toBe(ticket);
    const served: TicketStatus = { ...ticket, status: 'served' };
    expect(effectiveTicket(served, board([{ counter: 3, number: 'A002' }]))).toBe(served);
  });
});
