import { signal } from '@preact/signals';
import type { CustomerFlags } from '../ccai/types';
import type { ErrorInfo } from '../errors';
import { send } from './send';

export type FlagName = keyof CustomerFlags;
export const FLAG_NAMES: readonly FlagName[] = ['verified_customer', 'bad_actor', 'repeat_customer'];

/**
 * The customer flags of one CCAI call. A toggle shows at once (optimistic) and goes back,
 * with the error, if the background could not save it. Only the failed flag rolls back: a
 * toggle of another flag may have succeeded meanwhile.
 */
export function createFlagsStore(sessionId: string, transport: typeof send = send) {
  const flags = signal<CustomerFlags | undefined>(undefined);
  const loadError = signal<ErrorInfo | undefined>(undefined);
  const saveError = signal<{ flag: FlagName; error: ErrorInfo } | undefined>(undefined);
  const pending = signal<ReadonlySet<FlagName>>(new Set());

  const setPending = (flag: FlagName, on: boolean) => {
    const next = new Set(pending.value);
    if (on) next.add(flag);
    else next.delete(flag);
    pending.value = next;
  };

  return {
    flags,
    loadError,
    saveError,
    pending,
    async load() {
      loadError.value = undefined;
      const reply = await transport('getCustomerFlags', { sessionId });
      if (reply.ok) flags.value = reply.result;
      else loadError.value = reply.error;
    },
    async toggle(flag: FlagName) {
      const current = flags.value;
      if (!current || pending.value.has(flag)) return; // one click, one PATCH
      const value = !current[flag];
      flags.value = { ...current, [flag]: value };
      saveError.value = undefined;
      setPending(flag, true);
      const reply = await transport('setCustomerFlags', { sessionId, flags: { [flag]: value } });
      setPending(flag, false);
      if (reply.ok) return;
      flags.value = { ...flags.value!, [flag]: !value };
      saveError.value = { flag, error: reply.error };
    },
  };
}

export type FlagsStore = ReturnType<typeof createFlagsStore>;
