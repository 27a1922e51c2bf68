import { bookingConfirmationOf, TenantRegistry } from './tenant-registry';

const file = (tenant: Record<string, unknown>) => ({
  union: { id: 'unione', name: 'Unione' },
  tenants: [{ id: 'borgo', name: 'Comune di Borgo', ...tenant }],
});

describe('booking confirmation mode per municipality (ADR 0019)', () => {
  it('is immediate unless a municipality asks for confirm-by-link, 30 minutes by default', () => {
    const shipped = TenantRegistry.fromFile();
    for (const t of shipped.municipalities()) expect(bookingConfirmationOf(t)).toEqual({ mode: 'immediate' });
    expect(
      bookingConfirmationOf(TenantRegistry.fromJson(file({ bookingConfirmation: 'link' })).get('borgo')),
    ).toEqual({ mode: 'link', withinMinutes: 30 });
    expect(
      bookingConfirmationOf(
        TenantRegistry.fromJson(file({ bookingConfirmation: 'link', confirmWithinMinutes: 120 })).get(
          'borgo',
        ),
      ),
    ).toEqual({ mode: 'link', withinMinutes: 120 });
    expect(bookingConfirmationOf(TenantRegistry.fromJson(file({})).get('borgo'))).toEqual({
      mode: 'immediate',
    });
  });

  it('refuses a mode or a time it does not know, naming the field', () => {
    expect(() => TenantRegistry.fromJson(file({ bookingConfirmation: 'email' }))).toThrow(
      /tenants\[0\]\.bookingConfirmation/,
    );
    for (const bad of [0, -5, 2000, '30'])
      expect(() =>
        TenantRegistry.fromJson(file({ bookingConfirmation: 'link', confirmWithinMinutes: bad })),
      ).toThrow(/tenants\[0\]\.confirmWithinMinutes/);
  });
});
