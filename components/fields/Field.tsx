import type { ComponentChildren } from 'preact';
import { t, type Params } from '../../lib/i18n';

export interface FieldProps {
  /** Element id and data-testid of the control; its error is `${id}-error`. */
  id: string;
  label: string;
  /** i18n key of what is wrong with the value. */
  error?: string;
  /** Placeholders of the error's text. */
  errorParams?: Params;
  hint?: string;
}

/** Label, control, hint and error, with the error tied to the control for screen readers. */
export function Field({ id, label, error, errorParams, hint, children }: FieldProps & { children: ComponentChildren }) {
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {hint && <small class="hint">{hint}</small>}
      {error && (
        <small class="field-error" id={`${id}-error`} data-testid={`${id}-error`} role="alert">
          {t(error, errorParams)}
        </small>
      )}
    </div>
  );
}

/** Attributes every control shares: its id, test id and link to its error. */
export const controlProps = ({ id, error }: Pick<FieldProps, 'id' | 'error'>) => ({
  id,
  'data-testid': id,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': error ? `${id}-error` : undefined,
});
