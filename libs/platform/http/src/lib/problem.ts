import { FieldProblem } from '@facile/platform/errors';

/** RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Problem types are absolute URIs (RFC 9457 §3.1.1). Each one is documented under this base in
 * docs/problems.md: a front end may show the `title` and link the `type`, and branch on the type's last
 * path element (the code) without parsing prose.
 */
export const PROBLEM_TYPE_BASE = 'https://sportellofacile.unionevallesavio.it/problems/';

export const problemType = (code: string): string => `${PROBLEM_TYPE_BASE}${code}`;
