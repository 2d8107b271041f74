import { describe, expect, it, vi } from 'vitest';
import { ensureWebStorage, memoryStorage } from '../../src/host/web-storage';

describe('web storage where the browser denies it', () => {
  it('keeps a usable storage in memory when reading localStorage or sessionStorage throws', () => {
    const denied = () => {
      throw new DOMException("Failed to read the 'sessionStorage' property from 'Window'", 'SecurityError');
    };
    const w = {} as Window;
    const working = memoryStorage();
    Object.defineProperty(w, 'sessionStorage', { get: denied, configurable: true });
    Object.defineProperty(w, 'localStorage', { value: working, configurable: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    expect(ensureWebStorage(w)).toEqual(['sessionStorage']);
    expect(w.localStorage).toBe(working);
    w.sessionStorage.setItem('jtai.demoPersona', 'u-dcs');
    expect(w.sessionStorage.getItem('jtai.demoPersona')).toBe('u-dcs');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/denied sessionStorage/));
    warn.mockRestore();
  });

  it('has the Storage behaviour the app relies on', () => {
    const storage = memoryStorage();
    storage.setItem('a', '1');
    storage.setItem('b', '2');
    expect([storage.length, storage.key(1), storage.getItem('a'), storage.getItem('c')]).toEqual([2, 'b', '1', null]);
    storage.removeItem('a');
    expect(storage.length).toBe(1);
    storage.clear();
    expect(storage.length).toBe(0);
  });
});
