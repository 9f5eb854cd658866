import type { CallState, EndReason } from '../../lib/calls/model';
import { stateText } from '../../lib/ui/call-text';

export function StateBadge({ state, endReason }: { state: CallState; endReason?: EndReason }) {
  return (
    <span class={`badge badge-${state}`} data-testid="call-state" data-state={state} data-end-reason={endReason}>
      {stateText(state, endReason)}
    </span>
  );
}
