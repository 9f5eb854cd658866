import { useSignal } from '@preact/signals';
import type { CallRecord } from '../../lib/calls/model';
import type { ErrorInfo } from '../../lib/errors';
import { getLocale, t } from '../../lib/i18n';
import { stateText, talkTimeText } from '../../lib/ui/call-text';
import { formatNumber } from '../../lib/ui/format';
import { callAgain, openPage } from '../../lib/ui/history-actions';
import { ErrorText } from '../ErrorText';

const timeFormat = () => new Intl.DateTimeFormat(getLocale().replace('_', '-'), { dateStyle: 'short', timeStyle: 'short' });

/** One past call: who and which ticket (a link to its page), when, how it went, and "call again". */
export function HistoryEntry({ call, canDial }: { call: CallRecord; canDial: boolean }) {
  const busy = useSignal(false);
  const error = useSignal<ErrorInfo | undefined>(undefined);
  const who = call.e164 ? formatNumber(call.e164) : t('ui.call.ticketCustomer');
  const ticket = call.ticketId ? t('ui.call.ticket', { ticketId: call.ticketId }) : '';

  const again = async () => {
    if (busy.value) return; // one click, one call
    busy.value = true;
    error.value = await callAgain(call);
    busy.value = false;
  };

  return (
    <li class="history-entry" data-testid="history-entry" data-click-id={call.clickId}>
      <div class="history-main">
        {call.pageUrl ? (
          <button type="button" class="link" data-testid="history-open" title={t('ui.history.openPage')} onClick={() => void openPage(call)}>
            {who} {ticket && <span class="muted">· {ticket}</span>}
          </button>
        ) : (
          <span>{who} {ticket && <span class="muted">· {ticket}</span>}</span>
        )}
        <span class="muted" data-testid="history-outcome">
          {timeFormat().format(call.createdAt)} · {stateText(call.state, call.endReason)}
          {talkTimeText(call) && ` · ${talkTimeText(call)}`}
        </span>
      </div>
      <button type="button" data-testid="history-call-again" disabled={busy.value || !canDial} onClick={again}>
        {t('ui.history.callAgain')}
      </button>
      {error.value && <ErrorText error={error.value} testid="history-error" />}
    </li>
  );
}
