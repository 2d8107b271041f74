/**
 * jsdom lays nothing out: the only CSS its consumers read is whether an element is shown and can take
 * pointer events (testing-library's accessibility checks, jest-dom's `toBeVisible`, user-event's
 * pointer-events check). Yet `getComputedStyle` matches every rule of every style sheet against the
 * element, and Fluent UI's atomic classes put thousands of rules in the document, so accessible-name
 * queries spent most of a UI test matching rules about colour and padding. Rules that set none of the
 * properties jsdom's readers use are left out of the document; the others are inserted as written.
 */
export const PROPERTIES_JSDOM_READERS_USE = /(?:^|[{;\s])(?:display|visibility|opacity|pointer-events)\s*:/;

export function keepOnlyRulesJsdomReadersUse(window: Window & typeof globalThis): void {
  const sheet = window.CSSStyleSheet.prototype;
  const insertRule = sheet.insertRule;
  sheet.insertRule = function insertRuleJsdomReads(this: CSSStyleSheet, rule: string, index?: number): number {
    if (PROPERTIES_JSDOM_READERS_USE.test(rule)) return insertRule.call(this, rule, index);
    return index ?? 0;
  };
}
