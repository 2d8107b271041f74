type StorageName = 'localStorage' | 'sessionStorage';

/**
 * A browser that blocks third-party storage denies `localStorage` and `sessionStorage` to a tab
 * framed by another site (a partner's intranet, a SharePoint page on a vanity domain): reading
 * either throws. Rather than fail to start, the app then keeps its choices (theme, demo persona,
 * pending edits) in memory for the life of the page. Returns which stores were replaced.
 */
export function ensureWebStorage(w: Window): StorageName[] {
  const replaced: StorageName[] = [];
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      void w[name].length;
    } catch {
      Object.defineProperty(w, name, { value: memoryStorage(), configurable: true });
      replaced.push(name);
    }
  }
  if (replaced.length > 0) {
    console.warn(`The browser denied ${replaced.join(' and ')} to this frame; choices last until the page is closed.`);
  }
  return replaced;
}

/** A Storage that lives in memory. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}
