import { Procedure } from '@facile/scheduling/domain';
import { checkRange } from '../get-availability/availability.query';
import { OfferingSettings, SiteView } from '../ports/scheduling.reader';
import { planAt } from './visit-planner';

const site: SiteView = {
  id: 'montiano-municipio',
  tenant: 'montiano',
  name: 'M',
  kind: 'municipal-desk',
  address: null,
  counters: 2,
  servesAllTenants: false,
  timeZone: 'Europe/Rome',
  openingHours: {},
};
const procedure = (
  slug: string,
  durationMinutes: number,
  overrides: Procedure['offerings'] = [],
): Procedure => ({
  slug,
  version: 1,
  status: 'published',
  title: slug,
  bookable: true,
  walkIn: false,
  durationMinutes,
  offerings: overrides,
});
const offering = (o: Partial<OfferingSettings>): OfferingSettings => ({
  site: site.id,
  service: 'spid',
  enabled: true,
  counters: null,
  durationMinutes: null,
  minNoticeMinutes: 60,
  maxDaysAhead: 60,
  tenants: null,
  ...o,
});

describe('visit planning', () => {
  it('uses the municipality duration override and the site defaults', () => {
    expect(
      planAt(
        site,
        'montiano',
        [procedure('spid', 15, [{ tenant: 'montiano', enabled: true, durationMinutes: 25 }])],
        [],
      ),
    ).toEqual({
      site,
      durationMinutes: 25,
      counters: 2,
      minNoticeMinutes: 60,
      maxDaysAhead: 60,
      rotations: [],
    });
  });

  it('serves only its own municipality unless it serves all, or the offering lists others', () => {
    expect(planAt(site, 'cesena', [procedure('spid', 15)], [])).toBeUndefined();
    expect(planAt({ ...site, servesAllTenants: true }, 'cesena', [procedure('spid', 15)], [])).toBeDefined();
    expect(
      planAt(site, 'cesena', [procedure('spid', 15)], [offering({ tenants: ['cesena'] })]),
    ).toBeDefined();
    expect(planAt(site, 'montiano', [procedure('spid', 15)], [offering({ enabled: false })])).toBeUndefined();
  });

  it('sums durations of one visit and takes the strictest settings', () => {
    const plan = planAt(
      site,
      'montiano',
      [procedure('spid', 15), procedure('cie', 20)],
      [
        offering({ counters: 1, maxDaysAhead: 30 }),
        offering({ service: 'cie', minNoticeMinutes: 120, durationMinutes: 40 }),
      ],
    );
    expect(plan).toMatchObject({ durationMinutes: 55, counters: 1, minNoticeMinutes: 120, maxDaysAhead: 30 });
  });

  it('lets a rotating resource decide where its procedures are served, with its counters', () => {
    const team = {
      id: 'df',
      resource: 'digitale-facile-team',
      site: site.id,
      rrule: 'FREQ=WEEKLY;BYDAY=FR',
      from: '14:30',
      to: '17:30',
      counters: 1,
      validFrom: '2027-01-01',
    };
    const elsewhere = { ...team, id: 'df-2', site: 'somewhere-else' };
    const facilitation = planAt(
      site,
      'montiano',
      [procedure('facilitazione-digitale-individuale', 45)],
      [],
      [team, elsewhere],
    );
    expect(facilitation).toMatchObject({ counters: 1, rotations: [team] });
    expect(planAt(site, 'montiano', [procedure('spid', 15)], [], [team])).toMatchObject({
      counters: 2,
      rotations: [],
    });
    expect(
      planAt(site, 'montiano', [procedure('spid', 15)], [], [{ ...team, services: ['spid'] }]),
    ).toMatchObject({ counters: 1 });
  });

  it('checks date ranges', () => {
    expect(() => checkRange('2027-01-01', '2027-03-03')).not.toThrow();
    expect(() => checkRange('2027-01-01', '2027-03-04')).toThrow(/62 days/);
    expect(() => checkRange('2027-01-02', '2027-01-01')).toThrow(/before/);
    expect(() => checkRange('2027-13-01', '2027-13-02')).toThrow(/YYYY-MM-DD/);
  });
});
