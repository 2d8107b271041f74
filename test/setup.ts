/**
 * Only files that run in a DOM (`// @vitest-environment jsdom`) load testing-library and jest-dom:
 * loading them into each of the node-environment files cost time in every one of those files.
 */
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { configure } = await import('@testing-library/react');
  /** `findBy…` waits for the app as long as a busy machine needs, not testing-library's one second. */
  configure({ asyncUtilTimeout: 10_000 });
  const { keepOnlyRulesJsdomReadersUse, layOutAsShown } = await import('./support/jsdom-style-rules');
  keepOnlyRulesJsdomReadersUse(window);
  layOutAsShown(window);
  const { afterEach } = await import('vitest');
  // The UI files of a worker share one document (project `ui`, isolate: false). After the test file's
  // own cleanup has unmounted what it rendered, each test ends as a page unload would: Fluent UI's
  // focus manager (one instance a window, holding the modal dialog it last saw active) is ended, and
  // whatever the body still holds goes with it.
  afterEach(() => {
    (window as { __tabsterInstance?: { dispose(): void } }).__tabsterInstance?.dispose();
    document.body.replaceChildren();
    for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  });
}

/** jsdom lacks the layout observers Fluent UI's positioning and overflow code subscribe to. */
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoLayoutObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoLayoutObserver });
  Object.assign(globalThis, { ResizeObserver: NoLayoutObserver });
}
if (typeof window !== 'undefined' && !window.matchMedia) {
  Object.assign(window, {
    matchMedia: (query: string) => ({
      matches: false,
      media: query,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      onchange: null,
      dispatchEvent: () => false,
    }),
  });
}

export {};
