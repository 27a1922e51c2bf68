import { CITIZEN_HEADERS, CONSOLE_HEADERS, corsGrant, CorsSettings } from './cors-policy';

describe('corsGrant', () => {
  const settings: CorsSettings = {
    citizenOrigins: ['https://www.comune.cesena.fc.it', 'https://www.comune.montiano.fc.it'],
    consoleOrigin: 'https://sportello.example.it',
  };
  const mixed = [
    { method: 'GET', access: 'citizen' as const },
    { method: 'POST', access: 'staff' as const },
  ];

  it("lets a municipality's site use the citizen routes only, without the staff token header", () => {
    expect(corsGrant(settings, 'https://www.comune.cesena.fc.it', mixed)).toEqual({
      origin: 'https://www.comune.cesena.fc.it',
      methods: ['GET'],
      allowedHeaders: CITIZEN_HEADERS,
    });
    expect(CITIZEN_HEADERS).not.toContain('Authorization');
    expect(CITIZEN_HEADERS).toEqual(
      expect.arrayContaining(['Content-Type', 'X-Manage-Token', 'Idempotency-Key']),
    );
    expect(corsGrant(settings, 'https://www.comune.cesena.fc.it', [mixed[1]])).toBeUndefined();
  });

  it('lets the console use every route, with its bearer token', () => {
    expect(corsGrant(settings, 'https://sportello.example.it', mixed)).toEqual({
      origin: 'https://sportello.example.it',
      methods: ['GET', 'POST'],
      allowedHeaders: CONSOLE_HEADERS,
    });
    expect(CONSOLE_HEADERS).toContain('Authorization');
  });

  it('grants nothing to other origins, to look-alikes, to requests without an Origin or to unknown routes', () => {
    for (const origin of [
      'https://evil.example',
      'http://www.comune.cesena.fc.it',
      'https://www.comune.cesena.fc.it.evil.example',
      'https://sportello.example.it:8443',
      'null',
      undefined,
    ])
      expect(corsGrant(settings, origin, mixed)).toBeUndefined();
    expect(corsGrant(settings, 'https://sportello.example.it', [])).toBeUndefined();
  });
});
