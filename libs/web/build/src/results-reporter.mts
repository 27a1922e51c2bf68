import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Writes a Vitest run's totals to tmp/test-results, as tools/test/results-reporter.cjs does for Jest, so
 * `npm test` counts the web projects' tests in its closing line.
 */
export class ResultsReporter implements Reporter {
  constructor(
    private readonly name: string,
    private readonly workspaceRoot: string,
  ) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const totals = { passed: 0, failed: unhandledErrors.length, skipped: 0, suites: modules.length };
    for (const module of modules) {
      if (module.state() === 'failed' && module.children.size === 0) totals.failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') totals.passed += 1;
        else if (state === 'failed') totals.failed += 1;
        else totals.skipped += 1;
      }
    }
    const dir = path.join(this.workspaceRoot, 'tmp/test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `vitest-${this.name}-${process.pid}.json`), JSON.stringify(totals));
  }
}
