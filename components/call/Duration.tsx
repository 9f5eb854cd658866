import { formatDuration } from '../../lib/ui/format';
import { useNow } from '../../lib/ui/use-now';

/** Time since `from`: ticking while the call runs, fixed once it has ended (`to`). */
export function Duration({ from, to }: { from: number; to?: number }) {
  const now = useNow(to === undefined);
  return (
    <span class="duration" data-testid="call-duration">
      {formatDuration((to ?? now.value) - from)}
    </span>
  );
}
