import { useSignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { WxtStorageItem } from '#imports';
import type { PrivateItem } from '../private-item';

/**
 * The item's value as a signal: `undefined` until the first read, then every change.
 * `select` keeps only what the page needs (e.g. whether a secret is set, not the secret).
 */
export function useStorageItem<T, R = T>(
  item: WxtStorageItem<T, Record<string, unknown>> | PrivateItem<T>,
  select: (value: T) => R = (value) => value as unknown as R,
): Signal<R | undefined> {
  const value = useSignal<R | undefined>(undefined);
  useEffect(() => {
    let changed = false;
    const unwatch = item.watch((next) => {
      changed = true;
      value.value = select(next);
    });
    // A change seen while the first read was in flight is newer than that read.
    void item.getValue().then((first) => {
      if (!changed) value.value = select(first);
    });
    return unwatch;
  }, [item]);
  return value;
}
