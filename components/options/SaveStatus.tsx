import { t } from '../../lib/i18n';
import type { SaveStatus as Status } from '../../lib/ui/settings-form';

/** What the last Save did; `hidden` names the provider whose (hidden) fields have errors. */
export function SaveStatus({ status, hidden }: { status: Status; hidden: string }) {
  const text = status === 'idle' ? '' : t(`ui.options.status.${status}`, { provider: t(`ui.provider.${hidden}`) });
  return (
    <p class={status === 'saved' || status === 'saving' ? 'status' : 'status error'} role="status" data-testid="save-status" data-status={status}>
      {text}
    </p>
  );
}
