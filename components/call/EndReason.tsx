import type { CallRecord } from '../../lib/calls/model';
import { t } from '../../lib/i18n';

/** Why an ended call did not complete, beyond the badge: our explanation and the cloud's own code. */
export function EndReason({ call }: { call: CallRecord }) {
  if (call.state !== 'ended' || call.endReason === 'completed' || (!call.endDetail && !call.endCode)) return null;
  return (
    <p class="end-reason" data-testid="call-end-detail" data-code={call.endCode}>
      {call.endDetail && t(`ui.endDetail.${call.endDetail}`)}
      {call.endCode && <span class="muted"> {t('ui.call.endCode', { code: call.endCode })}</span>}
    </p>
  );
}
