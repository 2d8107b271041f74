/**
 * jsdom lays nothing out: the only CSS its consumers read is whether an element is shown and can take
 * pointer events (testing-library's accessibility checks, jest-dom's `toBeVisible`, user-event's
 * pointer-events check). Yet `getComputedStyle` matches every rule of every style sheet against the
 * element, and Fluent UI's atomic classes put thousands of rules in the document, so accessible-name
 * queries spent most of a UI test matching rules about colour and padding. Rules that set none of the
 * properties jsdom's readers use are left out of the document; the others are inserted as written.
 */
export const PROPERTIES_JSDOM_READERS_USE = /(?:^|[{;\s])(?:display|visibility|opacity|pointer-events|position)\s*:/;

/** Once a window: the UI files of a worker share one (see the `ui` project), and each runs the set-up. */
export function keepOnlyRulesJsdomReadersUse(window: Window & typeof globalThis): void {
  const sheet = window.CSSStyleSheet.prototype;
  const insertRule = sheet.insertRule;
  if (insertRule.name === insertRuleJsdomReads.name) return;
  function insertRuleJsdomReads(this: CSSStyleSheet, rule: string, index?: number): number {
    if (PROPERTIES_JSDOM_READERS_USE.test(rule)) return insertRule.call(this, rule, index);
    return index ?? 0;
  }
  sheet.insertRule = insertRuleJsdomReads;
}

/**
 * jsdom gives every element a null `offsetParent` and the body a zero-sized box, since it lays nothing
 * out. Fluent UI's focus manager (tabster) reads both as "not displayed", so in jsdom it found nothing
 * focusable in a dialog, focused the dialog itself, and 250 ms later marked the open dialog
 * `aria-hidden` (a real browser focuses the first button and hides what is outside the dialog). These
 * stand-ins answer as a browser would for what is shown: a displayed element's offset parent is an
 * element (its parent), and the body has the window's size.
 */
export function layOutAsShown(window: Window & typeof globalThis): void {
  const ancestorsDisplayed = (element: Element): boolean => {
    for (let e: Element | null = element.parentElement; e; e = e.parentElement) {
      if (window.getComputedStyle(e).display === 'none') return false;
    }
    return true;
  };
  Object.defineProperty(window.HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement): Element | null {
      if (this === this.ownerDocument.body || !this.isConnected) return null;
      const style = window.getComputedStyle(this);
      if (style.position === 'fixed' || style.display === 'none' || !ancestorsDisplayed(this)) return null;
      return this.parentElement;
    },
  });
  window.HTMLBodyElement.prototype.getBoundingClientRect = function bodyBox(this: HTMLBodyElement): DOMRect {
    return new window.DOMRect(0, 0, window.innerWidth, window.innerHeight);
  };
}
