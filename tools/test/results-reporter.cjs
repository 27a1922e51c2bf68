// Writes each Jest project's totals to tmp/test-results so `npm test` can print one closing line.
const fs = require('node:fs');
const path = require('node:path');

class ResultsReporter {
  constructor(globalConfig, options) {
    this.name = (options && options.name) || 'jest';
  }
  onRunComplete(_contexts, results) {
    const dir = path.resolve(__dirname, '../../tmp/test-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${this.name}-${process.pid}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
        suites: results.numTotalTestSuites,
      }),
    );
  }
}
module.exports = ResultsReporter;
