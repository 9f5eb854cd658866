import { storage } from '#imports';
import { createStore, get, set, type UseStore } from 'idb-keyval';

/**
 * A value kept in the extension's own IndexedDB, for what content scripts must not read:
 * storage.local is closed to them in Chrome (settings/store.ts) but not in Firefox, where
 * they could read it, and a content script runs in the page's process (checklist A7). Other
 * extension pages hear of changes on a BroadcastChannel, which is bound to the extension's
 * origin as well.
 */
export interface PrivateItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `callback` with the new value when another extension page or the background sets it. */
  watch(callback: (value: T) => void): () => void;
}

let opened: UseStore | undefined;
const store = () => (opened ??= createStore('switchboard', 'private'));

/**
 * `key`'s value, or `fallback` when it is unset or `parse` refuses it (undefined: damaged or
 * hand-edited). A value found under `local:<key>`, where earlier builds kept it, moves here on
 * the next read: written by an older version, it is newer than anything here.
 */
export function definePrivateItem<T>(key: string, options: { fallback: T; parse(value: unknown): T | undefined }): PrivateItem<T> {
  const { fallback, parse } = options;
  const formerlyLocal = storage.defineItem<unknown>(`local:${key}`);
  const channel = `switchboard:${key}`;
  const valid = (value: unknown) => (value === undefined ? fallback : (parse(value) ?? fallback));

  async function getValue(): Promise<T> {
    const former = await formerlyLocal.getValue();
    if (former !== null) {
      // Copied before it is removed: a crash in between leaves it in both places, never in none.
      await set(key, valid(former), store());
      await formerlyLocal.removeValue();
    }
    return valid(await get(key, store()));
  }

  return {
    getValue,
    async setValue(value) {
      await set(key, valid(value), store());
      const changed = new BroadcastChannel(channel);
      changed.postMessage(null);
      changed.close();
    },
    watch(callback) {
      const changes = new BroadcastChannel(channel);
      // The message only says that it changed: what changed is read from the store.
      changes.onmessage = () => void getValue().then(callback);
      return () => changes.close();
    },
  };
}
