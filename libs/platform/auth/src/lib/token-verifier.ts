import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  JWTPayload,
  jwtVerify,
  JWTVerifyGetKey,
} from 'jose';
import { NotAuthenticatedError } from './auth-errors';
import { KEYCLOAK_ROLES_CLAIM, principalOf } from './claims';
import { Principal } from './principal';

/** What a provider's keys may sign with: asymmetric only, so a public key can never serve as an HMAC secret. */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/**
 * Key cache of the provider's JWKS: an unknown `kid` refetches the set (so a rotated key is picked up without a
 * restart), at most once per cooldown (a flood of forged kids cannot hammer the provider); the set is refetched
 * anyway when older than the maximum age.
 */
export const JWKS_CACHE = { cooldownMs: 30_000, maxAgeMs: 600_000, timeoutMs: 5_000 };

export interface TokenVerifierOptions {
  /** The OpenID Connect provider's JWKS URL (Keycloak: <issuer>/protocol/openid-connect/certs). */
  jwksUrl?: string;
  /** Required `iss` of provider tokens. */
  issuer?: string;
  /** Required `aud` of provider tokens. */
  audience?: string;
  /** Dotted path of the roles claim: `realm_access.roles` (Keycloak, the default) or `roles`. */
  rolesClaim?: string;
  /**
   * Secret of HS256 development tokens. Set only where the configuration allows them (DEV_TOKENS=true, never
   * with NODE_ENV=production): without it no HS256 token is ever accepted.
   */
  devTokenSecret?: string;
  /** Overrides of JWKS_CACHE (tests). */
  jwksCache?: Partial<typeof JWKS_CACHE>;
}

const REQUIRED_CLAIMS = ['sub', 'exp'];

/** The JWKS could not be fetched (timeout, connection refused, a non-200 answer): not the token's fault. */
function providerUnreachable(e: unknown): boolean {
  if (e instanceof errors.JWKSTimeout) return true;
  if (e instanceof errors.JOSEError) return /JSON Web Key Set HTTP response/.test(e.message);
  const code = (e as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' && /^(ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)/.test(code)
  );
}

/**
 * Verifies staff JWTs: the provider's (signature through its JWKS, issuer, audience, expiry) and, where allowed,
 * HS256 development tokens. `alg: none`, HMAC with a provider key and unknown keys are refused.
 */
export class TokenVerifier {
  private readonly jwks?: JWTVerifyGetKey;
  private readonly devSecret?: Uint8Array;
  private readonly rolesClaim: string;

  constructor(private readonly options: TokenVerifierOptions) {
    if (options.jwksUrl) {
      const cache = { ...JWKS_CACHE, ...options.jwksCache };
      this.jwks = createRemoteJWKSet(new URL(options.jwksUrl), {
        cooldownDuration: cache.cooldownMs,
        cacheMaxAge: cache.maxAgeMs,
        timeoutDuration: cache.timeoutMs,
      });
    }
    if (options.devTokenSecret) this.devSecret = new TextEncoder().encode(options.devTokenSecret);
    this.rolesClaim = options.rolesClaim ?? KEYCLOAK_ROLES_CLAIM;
  }

  /** True when no token can verify (no JWKS_URL and development tokens off): every staff call is refused. */
  get acceptsNothing(): boolean {
    return !this.jwks && !this.devSecret;
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      const { alg } = decodeProtectedHeader(token);
      if (alg === 'HS256' && this.devSecret) {
        ({ payload } = await jwtVerify(token, this.devSecret, {
          algorithms: ['HS256'],
          requiredClaims: REQUIRED_CLAIMS,
        }));
      } else if (this.jwks) {
        ({ payload } = await jwtVerify(token, this.jwks, {
          algorithms: ASYMMETRIC_ALGORITHMS,
          issuer: this.options.issuer,
          audience: this.options.audience,
          requiredClaims: REQUIRED_CLAIMS,
        }));
      } else {
        throw new NotAuthenticatedError('The token is not valid');
      }
    } catch (e) {
      if (e instanceof NotAuthenticatedError) throw e;
      if (e instanceof errors.JWTExpired) throw new NotAuthenticatedError('The token has expired');
      if (providerUnreachable(e))
        throw new NotAuthenticatedError('The identity provider could not be reached to verify the token');
      throw new NotAuthenticatedError('The token is not valid');
    }
    const principal = principalOf(payload, this.rolesClaim);
    if (!principal) throw new NotAuthenticatedError('The token carries no valid roles');
    return principal;
  }
}
