import { t } from '../../lib/i18n';
import type { SettingsForm } from '../../lib/ui/settings-form';
import { SelectField } from '../fields/inputs';

/** The caller numbers the agent may present, and the one they present now. */
export function CallerList({ form }: { form: SettingsForm }) {
  const { callers, callerId, lockCallerId } = form.draft.value.tccc;
  const errors = form.errors.value;
  // An admin fixes the caller ID with the team file (lockCallerId) or the enterprise policy.
  const locked = lockCallerId || form.locked.has('tccc.callerId');
  return (
    <fieldset class="callers">
      <legend>{t('ui.options.tccc.callers')}</legend>
      {callers.map((caller, index) => {
        const id = `tccc-caller-${index}`;
        const error = errors[`tccc.callers.${index}`];
        return (
          <div class="row" key={index}>
            <input
              id={id}
              data-testid={id}
              type="tel"
              value={caller}
              placeholder="+8613800138000"
              aria-label={t('ui.options.tccc.caller', { n: index + 1 })}
              aria-invalid={error ? true : undefined}
              onInput={(event) => form.setCaller(index, event.currentTarget.value)}
            />
            <button type="button" data-testid={`${id}-remove`} onClick={() => form.removeCaller(index)}>
              {t('ui.options.remove')}
            </button>
            {error && (
              <small class="field-error" data-testid={`${id}-error`} role="alert">
                {t(error)}
              </small>
            )}
          </div>
        );
      })}
      <button type="button" data-testid="tccc-caller-add" onClick={form.addCaller}>
        {t('ui.options.tccc.addCaller')}
      </button>
      <SelectField
        id="tccc-callerId"
        label={t('ui.options.tccc.callerId')}
        value={callerId}
        error={errors['tccc.callerId']}
        disabled={locked}
        hint={locked ? t('ui.options.tccc.callerIdLocked') : undefined}
        options={[
          { value: '', label: t('ui.options.tccc.callerIdAuto') },
          ...callers.filter(Boolean).map((caller) => ({ value: caller, label: caller })),
        ]}
        onChange={(value) => form.setIn('tccc', 'callerId', value)}
      />
    </fieldset>
  );
}
