import { activeCallItem } from '../calls/active';
import { recordCall } from '../calls/history';
import { getSettings } from '../settings/effective';
import { showOnBadge } from './badge';
import { notifyChange } from './notify';

// Every change of the active call, whoever wrote it (dial, poll, hang-up), updates the
// toolbar badge and the history, and may notify the agent. Register at start-up.
export function watchActiveCall(): () => void {
  return activeCallItem.watch((next, previous) => {
    void showOnBadge(next).catch(() => undefined);
    if (next) void recordCall(next);
    void getSettings()
      .then((settings) => (settings.notifications ? notifyChange(previous, next) : undefined))
      .catch(() => undefined);
  });
}
