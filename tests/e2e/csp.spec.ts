import { appPolicy, sourceHash } from '../../src/build/csp.ts';
import { corridor, expect, openMap, test } from './fixtures.ts';
import { printedPages, printWithButton } from './handout.ts';
import { watchPolicy } from './policy.ts';
import { shareTool } from './tools.ts';

test(
  'the built page enforces its CSP with no violation through load, selection, tour, print and image',
  { tag: '@pointer' },
  async ({ page, context, request }) => {
    // Load, tour, print and more on a shared 2-core machine: a budget above the default.
    test.setTimeout(180_000);
    const violations = await watchPolicy(page);
    await openMap(page);
    // The policy allows the page's one inline stylesheet by its hash, and the header the build
    // writes for servers says the same.
    const styles = await page.locator('head style').allTextContents();
    expect(styles).toHaveLength(1);
    const policy = appPolicy([sourceHash(styles[0]!)]);
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveAttribute('content', policy);
    expect(policy).not.toContain('unsafe');
    expect(await (await request.get('/_headers')).text()).toContain(
      `Content-Security-Policy: ${policy}\n`,
    );
    expect(await page.locator('script:not([src])').count(), 'no inline scripts').toBe(0);

    await page.getByRole('button', { name: 'Route list' }).click();
    await page.getByRole('button', { name: /^Caspian ferry: Kuryk – Alat/ }).click();
    await expect(page.locator('aside.panel h2')).toHaveText('Caspian ferry: Kuryk – Alat');
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.tour-count')).toHaveText(`2 / ${corridor.tour!.steps.length}`);
    await printWithButton(page);
    expect((await printedPages(page)).length).toBeGreaterThan(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      shareTool(page, 'Download image').then((b) => b.click()),
    ]);
    expect(download.suggestedFilename()).toBe('middle-corridor-map.png');
    expect(violations).toEqual([]);

    // The policy is enforced and violations are counted: an inline script is refused on a
    // second page.
    const probe = await context.newPage();
    const refused = await watchPolicy(probe);
    await probe.goto('/');
    const ran = await probe.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inline = "ran"';
      document.head.append(script);
      return document.documentElement.dataset['inline'] ?? 'refused';
    });
    expect(ran).toBe('refused');
    await expect.poll(() => refused.length).toBeGreaterThan(0);
  },
);
