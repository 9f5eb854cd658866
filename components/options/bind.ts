import { t } from '../../lib/i18n';
import type { SecretPresence } from '../../lib/messages';
import type { Draft } from '../../lib/ui/settings-draft';
import type { SecretKey, Section, SettingsForm } from '../../lib/ui/settings-form';

type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** Props that tie fields to the form: id `section-key`, label `ui.options.section.key`. */
export function binder(form: SettingsForm, secrets: SecretPresence) {
  const draft = form.draft.value;
  const errors = form.errors.value;
  return {
    field: (section: Section, key: string) => ({
      id: `${section}-${key}`,
      label: t(`ui.options.${section}.${key}`),
      error: errors[`${section}.${key}`],
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
        ...this.field(section as Section, rest.charAt(0).toLowerCase() + rest.slice(1)),
        isSet: secrets[key],
        editing: key in form.secrets.value,
        value: form.secrets.value[key] ?? '',
        onInput: (value: string) => form.setSecret(key, value),
        onReplace: () => form.setSecret(key, ''),
      };
    },
  };
}
