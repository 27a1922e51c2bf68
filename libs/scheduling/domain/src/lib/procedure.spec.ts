import { durationFor, isBookableFor, isNewer, Procedure } from './procedure';

const cie: Procedure = {
  slug: 'carta-identita-elettronica',
  version: 3,
  status: 'published',
  title: 'CIE',
  bookable: true,
  walkIn: false,
  durationMinutes: 20,
  offerings: [
    { tenant: 'cesena', enabled: true, durationMinutes: 15 },
    { tenant: 'montiano', enabled: true },
    { tenant: 'verghereto', enabled: false },
  ],
};

describe('procedure projection rules', () => {
  it('applies only newer versions', () => {
    expect(isNewer(undefined, 1)).toBe(true);
    expect(isNewer(3, 4)).toBe(true);
    expect(isNewer(3, 3)).toBe(false);
    expect(isNewer(3, 2)).toBe(false);
  });

  it('uses the municipality override of the duration', () => {
    expect(durationFor(cie, 'cesena')).toBe(15);
    expect(durationFor(cie, 'montiano')).toBe(20);
  });

  it('is bookable only where offered and published', () => {
    expect(isBookableFor(cie, 'montiano')).toBe(true);
    expect(isBookableFor(cie, 'verghereto')).toBe(false);
    expect(isBookableFor(cie, 'bagno-di-romagna')).toBe(false);
    expect(isBookableFor({ ...cie, status: 'retired' }, 'cesena')).toBe(false);
  });
});
