import { useSignal } from '@preact/signals';
import { isLive, type CallRecord } from '../../lib/calls/model';
import type { ErrorInfo } from '../../lib/errors';
import { t } from '../../lib/i18n';
import { formatNumber } from '../../lib/ui/format';
import { ErrorText } from '../ErrorText';
import { Duration } from './Duration';
import { EndReason } from './EndReason';
import { StateBadge } from './StateBadge';

export interface CallPanelProps {
  call: CallRecord;
  /** Ask the transport to end the call; resolves to the error to show, if any. */
  onHangUp: () => Promise<ErrorInfo | undefined>;
}

/** The live call. Give it a `key` per call so a new call starts with a clean slate. */
export function CallPanel({ call, onHangUp }: CallPanelProps) {
  const busy = useSignal(false);
  const hangUpError = useSignal<ErrorInfo | undefined>(undefined);

  const hangUp = async () => {
    if (busy.value) return; // one click, one request
    busy.value = true;
    hangUpError.value = undefined;
    try {
      hangUpError.value = await onHangUp();
    } finally {
      busy.value = false;
    }
  };

  return (
    <section class="call" data-testid="call-panel">
      <header class="call-head">
        <StateBadge state={call.state} endReason={call.endReason} />
        <Duration call={call} />
      </header>
      {call.needsAgentAction && (
        <p class="banner" role="alert" data-testid="needs-agent-action">
          {t('ui.call.needsAgentAction')}
        </p>
      )}
      <p class="call-number" data-testid="call-number">
        {call.e164 ? formatNumber(call.e164) : t('ui.call.ticketCustomer')}
        {call.extension && (
          <span class="muted" data-testid="call-extension">
            {' '}
            {t('ui.call.extension', { extension: call.extension })}
          </span>
        )}
      </p>
      {call.ticketId && (
        <p data-testid="call-ticket">
          {call.crm
            ? t('ui.call.ticketOn', { ticketId: call.ticketId, crm: call.crm })
            : t('ui.call.ticket', { ticketId: call.ticketId })}
        </p>
      )}
      <p class="muted" data-testid="call-provider">
        {t(`ui.provider.${call.provider}`)}
      </p>
      <EndReason call={call} />
      {call.error && <ErrorText error={call.error} testid="call-error" />}
      {isLive(call) && call.provider === 'ccai' && (
        <p class="muted" data-testid="hang-up-in-adapter">
          {t('call.ccaiHangUpInAdapter')}
        </p>
      )}
      {isLive(call) && call.provider === 'tccc' && (
        <button type="button" class="danger" data-testid="hang-up" disabled={busy.value} onClick={hangUp}>
          {t('ui.call.hangUp')}
        </button>
      )}
      {hangUpError.value && <ErrorText error={hangUpError.value} testid="hang-up-error" />}
    </section>
  );
}
