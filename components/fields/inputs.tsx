import { controlProps, Field, type FieldProps } from './Field';

export interface Option {
  value: string;
  label: string;
}

type TextFieldProps = FieldProps & {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'url' | 'tel';
  placeholder?: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'url';
  disabled?: boolean;
};

export function TextField({ value, onInput, type = 'text', placeholder, inputMode, disabled, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      <input
        {...controlProps(field)}
        type={type}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        disabled={disabled}
        spellcheck={false}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </Field>
  );
}

type SelectFieldProps = FieldProps & {
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  disabled?: boolean;
};

export function SelectField({ value, options, onChange, disabled, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      <select {...controlProps(field)} value={value} disabled={disabled} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

type CheckboxFieldProps = { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean };

export function CheckboxField({ id, label, checked, onChange, disabled }: CheckboxFieldProps) {
  return (
    <label class="check">
      <input id={id} data-testid={id} type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.currentTarget.checked)} />
      {label}
    </label>
  );
}
