import { ExecutionContext } from '@nestjs/common';
import { NoCredentialsGuard } from './no-credentials.guard';

const ctx = (body: unknown) =>
  ({ switchToHttp: () => ({ getRequest: () => ({ body }) }) }) as unknown as ExecutionContext;

describe('NoCredentialsGuard', () => {
  const guard = new NoCredentialsGuard();
  it('lets a body without credentials through', () => {
    expect(
      guard.canActivate(ctx({ topic: 'cieid-activation', has: ['pin'], citizen: { firstName: 'A' } })),
    ).toBe(true);
  });
  it('refuses a nested PIN with a 400 naming the field', () => {
    expect(() => guard.canActivate(ctx({ citizen: { firstName: 'A', puk: '12345678' } }))).toThrow(
      expect.objectContaining({ status: 400, errors: [expect.objectContaining({ field: 'citizen.puk' })] }),
    );
  });
  it('refuses a note that looks like a PIN, naming the note', () => {
    expect(() => guard.canActivate(ctx({ to: 'in_progress', note: 'PIN del cittadino: 4821' }))).toThrow(
      expect.objectContaining({ status: 400, errors: [expect.objectContaining({ field: 'note' })] }),
    );
    expect(guard.canActivate(ctx({ to: 'resolved', note: 'Ristampato PIN e PUK della CIE' }))).toBe(true);
  });
});
