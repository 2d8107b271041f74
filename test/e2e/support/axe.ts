import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Every WCAG 2.2 A and AA rule axe finds broken on the page, one line each (empty when none). It
 * checks the page once its animations have finished: midway through a dialog's fade-in, text is
 * still partly transparent and fails colour contrast.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        // A spinner turns for ever; only animations that end are waited for.
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().iterations ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page })
    // WCAG 2.5.3 Label in Name (a control's visible words stand in its accessible name, so a voice
    // user can say them): axe's rule for it is marked experimental, so it is switched on by name.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('[data-tabster-dummy]')
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
