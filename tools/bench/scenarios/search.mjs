// search: what citizens type in the catalogue's search box, rotating, 50 connections for 10 s.
import { cannon } from '../lib/load.mjs';

export const QUERIES = [
  'carta identità',
  'carta di identita elettronica',
  'cie',
  'rinnovo carta identità',
  'residenza',
  'cambio di residenza',
  'trasloco',
  'multa',
  'spid',
  'identità digitale',
  'matrimonio',
  'pubblicazioni matrimonio',
  'unione civile',
  'certificato di nascita',
  'nascita figlio',
  'anagrafe',
  'ztl',
  'permesso ztl',
  'contrassegno disabili',
  'pagopa',
  'carta didentita',
  'resdenza',
  'assistenza digitale',
  'fascicolo sanitario',
  'app io',
  'casa popolare',
  'alloggio erp',
  'passaggio di proprietà auto',
  'cittadinanza',
  'separazione',
  'divorzio',
  'pec',
  'domicilio digitale',
  'ceneri',
];

export async function searchScenario({ base }) {
  let i = 0;
  const paths = QUERIES.map((q) => `/catalogue/v1/services?q=${encodeURIComponent(q)}&pageSize=10`);
  const probe = await fetch(`${base}${paths[0]}`);
  if (probe.status !== 200) throw new Error(`search probe: ${probe.status} ${await probe.text()}`);
  const r = await cannon({
    url: base,
    connections: 50,
    duration: 10,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  return {
    rps: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    errors: r.errors + r.non2xx,
    queries: QUERIES.length,
  };
}
