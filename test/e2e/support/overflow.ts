import type { Page } from 'playwright-core';

/**
 * Reflow (WCAG 1.4.10): 320 CSS px is a phone in Teams or Outlook, a Teams meeting's side panel, and a
 * 1280 px desktop zoomed to 400%. Nothing may run off the side of the page there; a data table may
 * scroll sideways in a box of its own.
 */
export const NARROW = { width: 320, height: 640 };

/**
 * What runs past the window's right edge: each element that does while its parent does not, unless
 * a box between it and the page scrolls sideways (a data table's box, the virtualised grid).
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const past = (el: Element) => el.getBoundingClientRect().right > width + 1;
    const found: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!past(el) || (el.parentElement && past(el.parentElement)) || el.getBoundingClientRect().width === 0) continue;
      let box = el.parentElement;
      while (box && box !== document.body && !scrollsSideways(box)) box = box.parentElement;
      if (box && box !== document.body) continue;
      found.push(`<${el.tagName.toLowerCase()}> “${(el.textContent ?? '').trim().slice(0, 60)}”`);
    }
    if (document.documentElement.scrollWidth > width)
      found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    return found;
  });
}
