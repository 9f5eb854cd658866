import { useSignal } from '@preact/signals';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import type { ImportRejection } from '../../lib/settings/team-file';
import { exportCurrent, importFile } from '../../lib/ui/team-file';

type Outcome = { ok: true } | ImportRejection;

const rejectionText = (outcome: ImportRejection) =>
  t(`ui.teamFile.error.${outcome.reason}`, 'path' in outcome ? { path: outcome.path } : {});

/** Export the settings without secrets, or import a team file; `onImported` reloads the form. */
export function TeamFile({ onImported }: { onImported: (settings: Settings) => void }) {
  const outcome = useSignal<Outcome | undefined>(undefined);

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again after a fix
    if (!file) return;
    const result = await importFile(file);
    if ('settings' in result) {
      outcome.value = { ok: true };
      onImported(result.settings);
    } else outcome.value = result;
  };

  return (
    <section class="section" data-testid="team-file">
      <h2>{t('ui.teamFile.title')}</h2>
      <p class="muted">{t('ui.teamFile.hint')}</p>
      <div class="actions">
        <button type="button" data-testid="team-file-export" onClick={() => void exportCurrent()}>
          {t('ui.teamFile.export')}
        </button>
        <label class="button">
          {t('ui.teamFile.import')}
          <input type="file" accept="application/json,.json" data-testid="team-file-import" class="visually-hidden" onChange={(event) => void pick(event.currentTarget)} />
        </label>
      </div>
      {outcome.value && 'ok' in outcome.value && (
        <p class="ok" role="status" data-testid="team-file-status" data-outcome="imported">{t('ui.teamFile.imported')}</p>
      )}
      {outcome.value && 'reason' in outcome.value && (
        <p class="error" role="alert" data-testid="team-file-status" data-outcome={outcome.value.reason}>
          {rejectionText(outcome.value)}
        </p>
      )}
    </section>
  );
}
