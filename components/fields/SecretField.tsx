import { t } from '../../lib/i18n';
import { controlProps, Field, type FieldProps } from './Field';

type SecretFieldProps = FieldProps & {
  /** A value is stored; show that, never the value. */
  isSet: boolean;
  /** The agent is typing a new value (or asked to replace the stored one). */
  editing: boolean;
  /** What the agent typed in this page, never the stored value. */
  value: string;
  onInput: (value: string) => void;
  onReplace: () => void;
};

export function SecretField({ isSet, editing, value, onInput, onReplace, ...field }: SecretFieldProps) {
  return (
    <Field {...field}>
      {isSet && !editing ? (
        <div class="secret-set">
          <span data-testid={`${field.id}-set`}>{t('ui.options.secret.set')}</span>
          <button type="button" data-testid={`${field.id}-replace`} onClick={onReplace}>
            {t('ui.options.secret.replace')}
          </button>
        </div>
      ) : (
        <input
          {...controlProps(field)}
          type="password"
          autocomplete="new-password"
          spellcheck={false}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
