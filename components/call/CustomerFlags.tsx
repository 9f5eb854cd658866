import { useEffect, useMemo } from 'preact/hooks';
import type { CallRecord } from '../../lib/calls/model';
import { t } from '../../lib/i18n';
import { createFlagsStore, FLAG_NAMES, type FlagsStore } from '../../lib/ui/flags-store';
import { ErrorText } from '../ErrorText';

function FlagToggles({ store }: { store: FlagsStore }) {
  const flags = store.flags.value;
  const failed = store.saveError.value;
  if (store.loadError.value) return <ErrorText error={store.loadError.value} testid="flags-load-error" />;
  if (!flags) return <p class="muted" data-testid="flags-loading">{t('ui.flags.loading')}</p>;
  return (
    <>
      {FLAG_NAMES.map((name) => (
        <label class="check" key={name}>
          <input
            type="checkbox"
            role="switch"
            data-testid={`flag-${name}`}
            checked={flags[name]}
            aria-busy={store.pending.value.has(name)}
            onChange={() => void store.toggle(name)}
          />
          {t(`ui.flags.${name}`)}
        </label>
      ))}
      {failed && (
        <div data-testid="flags-save-error" data-flag={failed.flag}>
          <p class="error">{t('ui.flags.rolledBack', { flag: t(`ui.flags.${failed.flag}`) })}</p>
          <ErrorText error={failed.error} testid="flags-save-error-detail" />
        </div>
      )}
    </>
  );
}

function CcaiFlags({ sessionId }: { sessionId: string }) {
  const store = useMemo(() => createFlagsStore(sessionId), [sessionId]);
  useEffect(() => void store.load(), [store]);
  return <FlagToggles store={store} />;
}

/** The customer flags of a CCAI call, live or ended; for TCCC calls, why there are none. */
export function CustomerFlags({ call }: { call: CallRecord }) {
  return (
    <section class="flags" data-testid="flags" aria-label={t('ui.flags.title')}>
      <h2>{t('ui.flags.title')}</h2>
      {call.provider === 'tccc' ? (
        <p class="muted" data-testid="flags-unavailable">{t('ui.flags.tccc')}</p>
      ) : call.sessionId ? (
        <CcaiFlags sessionId={call.sessionId} />
      ) : (
        <p class="muted" data-testid="flags-unavailable">{t('ui.flags.noCallId')}</p>
      )}
    </section>
  );
}
