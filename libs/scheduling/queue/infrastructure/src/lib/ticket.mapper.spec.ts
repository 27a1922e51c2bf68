import { TicketRow, toTicket, toTicketState } from './ticket.mapper';

const row: TicketRow = {
  id: 't1',
  tenant_id: 'montiano',
  site_id: 'cesena-centro',
  service: 'cie',
  letter: 'A ',
  day: '2027-05-10',
  number: 'A007',
  status: 'called',
  counter: 2,
  calls: 1,
  issued_at: new Date('2027-05-10T07:00:00Z'),
  called_at: new Date('2027-05-10T07:12:30Z'),
  served_at: null,
  estimated_wait_minutes: 15,
  booking_code: null,
};

describe('ticket mapper', () => {
  it('reads a row: the padded letter trimmed, numbers as numbers', () => {
    const t = toTicket({ ...row, counter: '2' as unknown as number, calls: '1' as unknown as number });
    expect(t).toMatchObject({ letter: 'A', counter: 2, calls: 1, tenant: 'montiano', site: 'cesena-centro' });
    expect(toTicket({ ...row, counter: null }).counter).toBeNull();
  });

  it('builds the event with the wait since issue and what the previous ticket of the counter became', () => {
    const previous = toTicket({
      ...row,
      id: 't0',
      number: 'A006',
      status: 'served',
      called_at: new Date('2027-05-10T07:02:00Z'),
      served_at: new Date('2027-05-10T07:12:00Z'),
    });
    const state = toTicketState(toTicket(row), previous);
    expect(state).toMatchObject({
      ticketId: 't1',
      number: 'A007',
      status: 'called',
      counter: '2',
      serviceGroup: 'A',
      waitSeconds: 750,
      previousNumber: 'A006',
      previousStatus: 'served',
      previousServedAt: '2027-05-10T07:12:00.000Z',
      previousServiceSeconds: 600,
    });
    expect(state).not.toHaveProperty('bookingCode');
  });

  it('leaves out what a waiting ticket does not have yet', () => {
    const state = toTicketState(toTicket({ ...row, status: 'waiting', counter: null, called_at: null }));
    for (const key of ['counter', 'calledAt', 'waitSeconds', 'previousNumber', 'previousServiceSeconds'])
      expect(state).not.toHaveProperty(key);
  });
});
