#!/usr/bin/env node
// The citizen web's front-end benchmark (issue 15, quality bar): Lighthouse (npm) on Debian's Chromium,
// mobile preset, performance and accessibility on Servizi, a service card and booking step 1, plus the gzip
// size of the JavaScript the Servizi page loads first. Against a running platform:
//
//   node tools/bench/lighthouse.mjs [http://127.0.0.1:8080]
//   node tools/bench/lighthouse.mjs --start      (a platform of its own: free ports, database facile_bench_web[_<suffix>],
//                                               topic and key prefix bench.web.<id>, stopped at the end)
//
// Writes bench/results/lighthouse.json and prints each figure against its target. A benchmark, not a test:
// it exits 0 whatever the figures (1 only when it could not measure).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startWebPlatform } from './lib/web-platform.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = { performance: 80, accessibility: 100, firstLoadJsKb: 200 };
const PAGES = [
  { name: 'Servizi', path: '/servizi' },
  { name: 'Scheda servizio', path: '/comuni/cesena/servizi/carta-identita-elettronica' },
  { name: 'Prenota (step 1)', path: '/prenota?servizio=carta-identita-elettronica&comune=cesena' },
];
const say = (m) => process.stdout.write(`${m}\n`);

/** The gzip size of every same-origin script the page requested during its load. */
async function firstLoadJs(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = items.filter((i) => i.resourceType === 'Script' && i.url.startsWith(base));
  let gzip = 0;
  for (const s of scripts) {
    const body = Buffer.from(await (await fetch(s.url)).arrayBuffer());
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: scripts.length, gzipKb: Math.round(gzip / 102.4) / 10 };
}

const own = process.argv.includes('--start') ? await startWebPlatform({ say }) : undefined;
const base = (
  own?.gateway ??
  process.argv.slice(2).find((a) => !a.startsWith('--')) ??
  'http://127.0.0.1:8080'
).replace(/\/+$/, '');
let chrome;
try {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
} catch (e) {
  await own?.stop();
  throw e;
}
const results = [];
try {
  for (const p of PAGES) {
    const url = `${base}${p.path}`;
    say(`» ${p.name}: ${url}`);
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'mobile',
    });
    if (!run?.lhr) throw new Error(`no Lighthouse result for ${url}`);
    const { lhr } = run;
    // the whole report, to read what weighs (git-ignored)
    mkdirSync(path.join(root, 'tmp/bench-web'), { recursive: true });
    writeFileSync(
      path.join(root, 'tmp/bench-web', `${p.path.split(/[/?]/)[1]}.lhr.json`),
      JSON.stringify(lhr),
    );
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const entry = {
      page: p.name,
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
      failedA11y: Object.values(lhr.audits)
        .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id) && a.score === 0)
        .map((a) => a.id),
    };
    if (p.path === '/servizi') entry.firstLoadJs = await firstLoadJs(lhr);
    results.push(entry);
  }
} finally {
  await chrome.kill();
  await own?.stop();
}

const out = path.join(root, 'bench/results/lighthouse.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ at: new Date().toISOString(), base, targets: TARGETS, results }, null, 2)}\n`,
);
const mark = (ok) => (ok ? 'ok  ' : 'MISS');
for (const r of results) {
  say(
    `${r.page.padEnd(18)} performance ${String(r.performance).padStart(3)} (≥ ${TARGETS.performance}) ${mark(r.performance >= TARGETS.performance)}  accessibility ${String(r.accessibility).padStart(3)} (= ${TARGETS.accessibility}) ${mark(r.accessibility >= TARGETS.accessibility)}  LCP ${r.lcpMs} ms  TBT ${r.tbtMs} ms${r.failedA11y.length ? `  a11y: ${r.failedA11y.join(', ')}` : ''}`,
  );
  if (r.firstLoadJs)
    say(
      `${''.padEnd(18)} first-load JS ${r.firstLoadJs.gzipKb} kB gzip in ${r.firstLoadJs.scripts} scripts (≤ ${TARGETS.firstLoadJsKb}) ${mark(r.firstLoadJs.gzipKb <= TARGETS.firstLoadJsKb)}`,
    );
}
say(`→ ${path.relative(root, out)}`);
