import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA, as quality.md asks: every page and state a test reaches. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Asserts zero axe violations on the page as it is now, naming each one (rule, impact, nodes) when not. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  // the state as the user sees it once it has settled, not mid-way through a transition (a menu fading in)
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes
      .slice(0, 5)
      .map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`),
  }));
  expect(violations, `axe violations on ${state}`).toEqual([]);
  // an empty page passes axe trivially: make sure something was checked
  expect(results.passes.length, `axe found nothing to check on ${state}`).toBeGreaterThan(0);
}
