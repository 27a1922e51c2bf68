import { firstOverlap, occurrences, Rotation, rruleProblems } from './rotation';

const mercato: Rotation = {
  id: 'df-mercato',
  resource: 'digitale-facile-team',
  site: 'mercato-saraceno-municipio',
  rrule: 'FREQ=MONTHLY;BYDAY=1TU,3TU',
  from: '09:00',
  to: '12:30',
  counters: 1,
  validFrom: '2026-01-01',
};
const montiano: Rotation = {
  id: 'df-montiano',
  resource: 'digitale-facile-team',
  site: 'montiano-municipio',
  rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
  from: '14:30',
  to: '17:30',
  counters: 1,
  validFrom: '2026-01-01',
};

describe('rotations (shared calendar)', () => {
  it('expands an RRULE to its local dates and hours, across daylight saving', () => {
    const list = occurrences(mercato, '2027-03-01', '2027-04-30').map((o) => new Date(o.start).toISOString());
    expect(list).toEqual([
      '2027-03-02T08:00:00.000Z',
      '2027-03-16T08:00:00.000Z',
      '2027-04-06T07:00:00.000Z',
      '2027-04-20T07:00:00.000Z',
    ]);
    expect(
      occurrences(montiano, '2026-01-01', '2026-01-31').map((o) =>
        new Date(o.start).toISOString().slice(0, 10),
      ),
    ).toEqual(['2026-01-02', '2026-01-16', '2026-01-30']);
  });

  it('finds the resource in two places at once, and only then', () => {
    expect(firstOverlap(montiano, [mercato], '2027-01-01', '2027-12-31')).toBeUndefined();
    const clash: Rotation = {
      ...mercato,
      id: 'df-verghereto',
      site: 'verghereto-municipio',
      rrule: 'FREQ=MONTHLY;BYDAY=3TU',
      from: '12:00',
      to: '13:00',
    };
    expect(firstOverlap(clash, [mercato, montiano], '2027-01-01', '2027-12-31')).toEqual({
      with: 'df-mercato',
      at: Date.parse('2027-01-19T11:00:00Z'),
    });
    const adjacent: Rotation = { ...clash, from: '12:30', to: '13:30' };
    expect(firstOverlap(adjacent, [mercato], '2027-01-01', '2027-12-31')).toBeUndefined();
    expect(
      firstOverlap({ ...clash, resource: 'another-team' }, [mercato], '2027-01-01', '2027-12-31'),
    ).toBeUndefined();
  });

  it('validates rules', () => {
    expect(rruleProblems('FREQ=MONTHLY;BYDAY=2WE')).toEqual([]);
    expect(rruleProblems('BYDAY=2WE')).toHaveLength(1);
    expect(rruleProblems('FREQ=HOURLY')).toHaveLength(1);
    expect(rruleProblems('FREQ=WEEKLY;BYHOUR=9')).toHaveLength(1);
    expect(rruleProblems('FREQ=WEEKLY;BYDAY=XX')).toHaveLength(1);
  });
});
