import { beforeEach, vi } from 'vitest';

// Secrets and call history go to IndexedDB through idb-keyval (lib/private-item.ts), which
// Node lacks: here they go to a map, cloned as IndexedDB would, and emptied for every test as
// WXT's fake browser storage is by fakeBrowser.reset(). The e2e tests use the real one.
const kept = vi.hoisted(() => new Map<string, unknown>());

vi.mock('idb-keyval', () => ({
  createStore: () => 'store',
  get: async (key: string) => structuredClone(kept.get(key)),
  set: async (key: string, value: unknown) => void kept.set(key, structuredClone(value)),
}));

beforeEach(() => kept.clear());
