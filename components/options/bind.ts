import { t } from '../../lib/i18n';
import type { Draft } from '../../lib/ui/settings-draft';
import type { SecretKey, Section, SettingsForm } from '../../lib/ui/settings-form';

type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** Props that tie fields to the form: id `section-key`, label `ui.options.section.key`. */
export function binder(form: SettingsForm) {
  const draft = form.draft.value;
  const errors = form.errors.value;
  const base = (section: Section, key: string) => ({
    id: `${section}-${key}`,
    label: t(`ui.options.${section}.${key}`),
    error: errors[`${section}.${key}`],
  });
  return {
    /** A field the enterprise policy sets is shown disabled, with a hint saying so. */
    field: (section: Section, key: string) => ({
      ...base(section, key),
      ...(form.locked.has(`${section}.${key}`) && { disabled: true, hint: t('ui.options.locked') }),
    }),
    text<S extends Section>(section: S, key: TextKey<Draft[S]>) {
      return {
        ...this.field(section, key),
        value: draft[section][key] as string,
        onInput: (value: string) => form.setIn(section, key, value as Draft[S][typeof key]),
      };
    },
    /** tcccSecretKey -> field id "tccc-secretKey". */
    secret(key: SecretKey) {
      const [, section = '', rest = ''] = /^(tccc|ccai)(.+)$/.exec(key) ?? [];
      return {
        ...base(section as Section, rest.charAt(0).toLowerCase() + rest.slice(1)),
        isSet: form.stored.value[key],
        editing: key in form.secrets.value,
        value: form.secrets.value[key] ?? '',
        onInput: (value: string) => form.setSecret(key, value),
        onReplace: () => form.setSecret(key, ''),
      };
    },
  };
}
