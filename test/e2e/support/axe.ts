import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Every WCAG 2.2 A and AA rule axe finds broken on the page, one line each (empty when none). */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .exclude('[data-tabster-dummy]')
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
