// The bench as the staff identity provider of its own platform: an RS256 key pair made at start, its public key
// served as a JWKS on 127.0.0.1, and tokens signed with it (issuer and audience of the bench's own). The services
// verify them exactly as Keycloak's (JWKS_URL, JWT_ISSUER, JWT_AUDIENCE, NODE_ENV=production): no Keycloak, and
// no development-token switch, is needed to call the staff endpoints (agenda, statistics).
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export async function startTokenIssuer({ port }) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'RS256', use: 'sig' };
  const body = JSON.stringify({ keys: [jwk] });
  const server = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(body),
  );
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${port}/realms/bench`;
  const audience = 'facile-api';
  return {
    env: { JWKS_URL: `http://127.0.0.1:${port}/certs`, JWT_ISSUER: issuer, JWT_AUDIENCE: audience },
    /** A staff token shaped like Keycloak's: realm roles, and the tenants and sites of its scope. */
    token: ({ roles, tenants = [], sites = [] }) =>
      new SignJWT({ realm_access: { roles }, tenants, sites })
        .setProtectedHeader({ alg: 'RS256', kid: 'bench' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(`bench-${roles.join('+')}`)
        .setIssuedAt()
        .setExpirationTime('4h')
        .sign(privateKey),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
