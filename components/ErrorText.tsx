import { describeError, type ErrorInfo } from '../lib/errors';
import { t } from '../lib/i18n';

/** Our text, then the cloud's own words and the request id support will ask for. */
export function ErrorText({ error, testid }: { error: ErrorInfo; testid: string }) {
  return (
    <div class="error" role="alert" data-testid={testid} data-code={error.code}>
      <p>{describeError(error)}</p>
      {error.serverMessage && <p class="muted">{error.serverMessage}</p>}
      {error.requestId && (
        <p class="muted" data-testid={`${testid}-request-id`}>
          {t('ui.error.requestId', { requestId: error.requestId })}
        </p>
      )}
    </div>
  );
}
