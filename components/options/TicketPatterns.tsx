import { t } from '../../lib/i18n';
import type { SettingsForm } from '../../lib/ui/settings-form';
import { controlProps, Field } from '../fields/Field';

/** Custom ticket pages, one address pattern per line; the first bad line's error is shown. */
export function TicketPatterns({ form }: { form: SettingsForm }) {
  const { ticketPatterns } = form.draft.value;
  const errors = form.errors.value;
  const firstError = Object.entries(errors).find(([path]) => path.startsWith('ticketPatterns'));
  const line = firstError ? Number(firstError[0].split('.')[1] ?? 0) + 1 : 0;
  const locked = form.locked.has('ticketPatterns');
  const field = {
    id: 'ticketPatterns',
    label: t('ui.options.ticketPatterns'),
    hint: locked ? t('ui.options.locked') : t('ui.options.ticketPatternsHint'),
    error: firstError?.[1],
  };
  return (
    <Field {...field}>
      {line > 0 && <small class="field-error">{t('ui.options.ticketPatternsLine', { line })}</small>}
      <textarea
        {...controlProps(field)}
        rows={3}
        spellcheck={false}
        disabled={locked}
        placeholder="https://crm.example.com/case/{ticket}"
        value={ticketPatterns.join('\n')}
        onInput={(event) => form.set('ticketPatterns', event.currentTarget.value.split('\n'))}
      />
    </Field>
  );
}
