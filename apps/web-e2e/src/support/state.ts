/** What the global setup started, handed to the tests through the environment (workers inherit it). */
export interface E2eState {
  /** The gateway: the citizen web at `/`, the desk console at `/sportello/`, the API prefixes. */
  gateway: string;
  /** A municipality's own site, listed in the test tenants file (Cesena's webOrigins). */
  listedOrigin: string;
  /** A site nobody listed. */
  unlistedOrigin: string;
  /** CONSOLE_ORIGIN: the same gateway under another host name (localhost), so another origin than `gateway`. */
  consoleOrigin: string;
  /** A staff token the services accept (union-admin). */
  staffToken: string;
  /** The development mail sink's HTTP API (GET /messages?to=…). */
  mailSink: string;
}

const KEY = 'WEB_E2E_STATE';

export function saveState(state: E2eState): void {
  process.env[KEY] = JSON.stringify(state);
}

export function state(): E2eState {
  const raw = process.env[KEY];
  if (!raw)
    throw new Error('The platform is not started: run the suite through playwright.config.ts (global setup)');
  return JSON.parse(raw) as E2eState;
}
