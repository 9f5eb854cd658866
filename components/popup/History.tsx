import { useSignal } from '@preact/signals';
import { historyItem, searchHistory } from '../../lib/calls/history';
import type { CallRecord } from '../../lib/calls/model';
import { t } from '../../lib/i18n';
import { downloadCsv } from '../../lib/ui/history-actions';
import { useStorageItem } from '../../lib/ui/use-storage-item';
import { HistoryEntry } from './HistoryEntry';

const SHOWN = 20;

/**
 * The last calls, searchable, exportable. The active call (`activeId`, shown above) is left
 * out; `canDial` is false while it is live.
 */
export function History({ canDial, activeId }: { canDial: boolean; activeId?: string }) {
  const history = useStorageItem<CallRecord[]>(historyItem);
  const query = useSignal('');
  const past = (history.value ?? []).filter((call) => call.clickId !== activeId);
  const found = searchHistory(past, query.value);
  if (!past.length) return null;

  return (
    <section class="history" data-testid="history">
      <div class="bar">
        <h2>{t('ui.history.title')}</h2>
        <button type="button" class="link" data-testid="history-export" onClick={() => downloadCsv(found)}>
          {t('ui.history.export')}
        </button>
      </div>
      <input
        type="search"
        data-testid="history-search"
        placeholder={t('ui.history.search')}
        aria-label={t('ui.history.search')}
        value={query.value}
        onInput={(event) => (query.value = event.currentTarget.value)}
      />
      {found.length ? (
        <ul class="history-list">
          {found.slice(0, SHOWN).map((call) => (
            <HistoryEntry key={call.clickId} call={call} canDial={canDial} />
          ))}
        </ul>
      ) : (
        <p class="muted" data-testid="history-no-match">{t('ui.history.noMatch')}</p>
      )}
    </section>
  );
}
