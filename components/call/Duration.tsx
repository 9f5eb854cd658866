import type { CallRecord } from '../../lib/calls/model';
import { talkTimeText } from '../../lib/ui/call-text';
import { useNow } from '../../lib/ui/use-now';

/** Talk time: ticking while connected, fixed once the call has ended, absent if never answered. */
export function Duration({ call }: { call: CallRecord }) {
  const now = useNow(call.state === 'connected');
  const text = talkTimeText(call, now.value);
  return text ? (
    <span class="duration" data-testid="call-duration">
      {text}
    </span>
  ) : null;
}
