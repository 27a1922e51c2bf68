import { Role, signDevToken } from '@facile/platform/auth';
import { TEST_JWT_SECRET } from './test-env';

export function staffToken(
  role: Role,
  scope: { tenants?: string[]; sites?: string[] } = {},
): Promise<string> {
  return signDevToken(TEST_JWT_SECRET, { roles: [role], ...scope });
}
