import { appIoContentProblem } from './app-io-content';

const md = (n: number) => 'x'.repeat(n);

describe('App IO content limits', () => {
  it('accepts a subject of 10–120 and markdown of 80–10,000 characters', () => {
    expect(appIoContentProblem(md(10), md(80))).toBeNull();
    expect(appIoContentProblem(md(120), md(10_000))).toBeNull();
  });
  it('refuses a subject shorter than 10 or longer than 120 characters', () => {
    expect(appIoContentProblem(md(9), md(100))).toMatch(/subject must be 10–120 characters \(it has 9\)/);
    expect(appIoContentProblem(md(121), md(100))).toMatch(/subject.*121/);
  });
  it('refuses markdown shorter than 80 or longer than the limit, counting characters, not bytes', () => {
    expect(appIoContentProblem(md(20), md(79))).toMatch(/markdown must be 80–10000 characters \(it has 79\)/);
    expect(appIoContentProblem(md(20), md(10_001))).toMatch(/markdown.*10001/);
    expect(appIoContentProblem('è'.repeat(10), 'à'.repeat(80))).toBeNull();
    expect(appIoContentProblem(md(20), md(9_600), 9_500)).toMatch(/80–9500/);
  });
});
