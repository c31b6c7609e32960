/**
 * One value in the extension's storage, read with a fallback, written and watched.
 * Hand-written instead of WXT's storage utility (@wxt-dev/storage with its lock
 * library): the content script's second stage needs only these three calls, and the
 * utility was 2.9 KB gzipped of it, about an eighth of the content script
 * (`npm run budgets`; docs/performance.md). The key format is the utility's
 * ("sync:options" is `options` in `storage.sync`), so stored options carry over.
 */
import { browser } from 'wxt/browser';

/** A storage key: the area, a colon, the name. */
export type StorageKey = `${'local' | 'sync'}:${string}`;

export interface StoredItem<T> {
  /** The stored value, or the fallback when nothing is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `onChange` with each new value (the fallback when it is removed); returns a function that stops watching. */
  watch(onChange: (value: T) => void): () => void;
}

/** The item stored under `key`. */
export function storedItem<T>(key: StorageKey, fallback: T): StoredItem<T> {
  const colon = key.indexOf(':');
  const area = key.slice(0, colon) as 'local' | 'sync';
  const name = key.slice(colon + 1);
  return {
    async getValue() {
      const stored = (await browser.storage[area].get(name)) as Record<string, unknown>;
      return (stored[name] ?? fallback) as T;
    },
    async setValue(value) {
      await browser.storage[area].set({ [name]: value });
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        const change = changes[name];
        if (changedArea === area && change) onChange((change.newValue ?? fallback) as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
