import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyGetKey, SignJWT } from 'jose';
import { NotAuthenticatedError } from './auth-errors';
import { Principal, Role, ROLES } from './principal';

export interface TokenVerifierOptions {
  /** HS256 shared secret (development and tests). */
  secret?: string;
  /** The Union's OIDC JWKS URL (production). Takes precedence over the secret. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

const stringList = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;

/** Verifies staff JWTs. Only HS256 (secret) or RS256/ES256/PS256 (JWKS) are accepted: `alg: none` never is. */
export class TokenVerifier {
  private readonly key: { secret: Uint8Array } | { jwks: JWTVerifyGetKey };
  private readonly algorithms: string[];

  constructor(private readonly options: TokenVerifierOptions) {
    if (options.jwksUrl) {
      this.key = { jwks: createRemoteJWKSet(new URL(options.jwksUrl)) };
      this.algorithms = ['RS256', 'ES256', 'PS256'];
    } else if (options.secret) {
      this.key = { secret: new TextEncoder().encode(options.secret) };
      this.algorithms = ['HS256'];
    } else {
      throw new Error('TokenVerifier needs JWT_SECRET or JWKS_URL');
    }
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      const verifyOptions = {
        algorithms: this.algorithms,
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['sub', 'exp'],
      };
      ({ payload } =
        'secret' in this.key
          ? await jwtVerify(token, this.key.secret, verifyOptions)
          : await jwtVerify(token, this.key.jwks, verifyOptions));
    } catch (e) {
      if (e instanceof errors.JWTExpired) throw new NotAuthenticatedError('The token has expired');
      throw new NotAuthenticatedError('The token is not valid');
    }
    const roles = stringList(payload['roles']);
    if (!roles || !roles.every((r): r is Role => (ROLES as readonly string[]).includes(r))) {
      throw new NotAuthenticatedError('The token carries no valid roles');
    }
    return {
      sub: String(payload.sub),
      roles,
      tenants: stringList(payload['tenants']) ?? [],
      sites: stringList(payload['sites']) ?? [],
    };
  }
}

/** Signs a development/test token (HS256). Production tokens come from the Union's OIDC provider. */
export async function signDevToken(
  secret: string,
  claims: { sub?: string; roles: Role[]; tenants?: string[]; sites?: string[] },
  ttlSeconds = 8 * 3600,
): Promise<string> {
  return new SignJWT({ roles: claims.roles, tenants: claims.tenants ?? [], sites: claims.sites ?? [] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub ?? `dev-${claims.roles.join('+')}`)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(secret));
}
