import { expect, test } from '@playwright/test';
import { state } from '../support/state';

test.describe('the embed', () => {
  const s = state();

  test("a municipality's own site embeds the booking with one script tag: the frame appears chromeless and takes its content's height", async ({
    page,
  }) => {
    await page.goto(s.listedOrigin);
    await page.evaluate((gateway) => {
      const script = document.createElement('script');
      script.src = `${gateway}/embed.js`;
      script.dataset['servizio'] = 'carta-identita-elettronica';
      script.dataset['comune'] = 'cesena';
      document.body.append(script);
    }, s.gateway);
    const frame = page.locator('iframe[data-facile-embed]');
    await expect(frame).toHaveAttribute(
      'src',
      `${s.gateway}/prenota?servizio=carta-identita-elettronica&comune=cesena&embed=1`,
    );
    await expect(frame).toHaveAttribute('title', /Prenota/);
    const inside = page.frameLocator('iframe[data-facile-embed]');
    await expect(inside.locator('main')).toBeVisible();
    await expect(inside.locator('header')).toHaveCount(0);
    await expect(inside.locator('footer')).toHaveCount(0);
    // the frame's height follows what the page inside reports
    const reported = await inside
      .locator('html')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect
      .poll(async () =>
        Math.abs(
          (await frame.evaluate((el: HTMLIFrameElement) => parseFloat(el.style.height))) -
            Math.max(200, reported),
        ),
      )
      .toBeLessThanOrEqual(2);
    // and it grows with the content
    await inside.locator('main').evaluate((m) => {
      const tall = document.createElement('div');
      tall.style.height = '1500px';
      m.append(tall);
    });
    await expect
      .poll(() => frame.evaluate((el: HTMLIFrameElement) => parseFloat(el.style.height)))
      .toBeGreaterThan(1500);
  });

  test('the citizen web may be framed by the listed municipality sites only', async ({ request }) => {
    const csp = (
      await request.get(`${s.gateway}/prenota?embed=1`, { headers: { accept: 'text/html' } })
    ).headers()['content-security-policy'];
    const ancestors = csp?.split(';').find((d) => d.trim().startsWith('frame-ancestors')) ?? '';
    expect(ancestors).toContain(s.listedOrigin);
    expect(ancestors).not.toContain(s.unlistedOrigin);
  });
});
