// Writes the browser suite's totals to tmp/test-results, in the shape results-reporter.cjs writes for each Jest
// project, so `npm test` counts browser tests into its closing "tests: N passed, M failed" line.
const fs = require('node:fs');
const path = require('node:path');

class PlaywrightResultsReporter {
  onBegin(_config, suite) {
    this.suite = suite;
  }
  onEnd(result) {
    const tests = this.suite ? this.suite.allTests() : [];
    const count = (outcomes) => tests.filter((t) => outcomes.includes(t.outcome())).length;
    const passed = count(['expected', 'flaky']);
    let failed = count(['unexpected']);
    // a global setup that failed (no platform, no Chromium) leaves the tests unrun: that is a failure too
    if (result.status !== 'passed' && failed === 0) failed = 1;
    const dir = path.resolve(__dirname, '../../tmp/test-results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, `playwright-${process.pid}.json`),
      JSON.stringify({ passed, failed, skipped: count(['skipped']), suites: 1 }),
    );
  }
  printsToStdio() {
    return false;
  }
}
module.exports = PlaywrightResultsReporter;
