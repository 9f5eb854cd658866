import type { CallState, EndReason } from '../../lib/calls/model';
import { t } from '../../lib/i18n';

export const stateText = (state: CallState, endReason?: EndReason): string =>
  t(state === 'ended' && endReason ? `ui.state.ended.${endReason}` : `ui.state.${state}`);

export function StateBadge({ state, endReason }: { state: CallState; endReason?: EndReason }) {
  return (
    <span class={`badge badge-${state}`} data-testid="call-state" data-state={state} data-end-reason={endReason}>
      {stateText(state, endReason)}
    </span>
  );
}
