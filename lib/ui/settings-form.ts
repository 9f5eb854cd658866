import { signal } from '@preact/signals';
import * as v from 'valibot';
import type { SecretPresence } from '../messages';
import { SecretsSchema, type Secrets, type Settings } from '../settings/schema';
import { draftFrom, tidyDraft, validateDraft, type Draft, type FieldErrors } from './settings-draft';

export type SecretKey = keyof Secrets;
export type Section = 'tccc' | 'ccai';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'invalid' | 'invalidHidden' | 'permissionDenied' | 'failed';
type TopKey = 'provider' | 'defaultCountry' | 'notifications' | 'ticketPatterns';

const withoutErrors = (errors: FieldErrors, prefix: string): FieldErrors =>
  Object.fromEntries(Object.entries(errors).filter(([path]) => path !== prefix && !path.startsWith(`${prefix}.`)));

export interface FormContext {
  /** Which secrets are stored (from the background; never their values). */
  presence: SecretPresence;
  /** Dotted paths the enterprise policy sets: shown, not editable. */
  locked?: ReadonlySet<string>;
}

/** The options form's state: the draft, the secrets typed anew, errors and save status. */
export function createSettingsForm(settings: Settings, { presence, locked = new Set() }: FormContext) {
  const draft = signal<Draft>(draftFrom(settings));
  /** Only what the agent typed; stored secrets never enter the form. */
  const secrets = signal<Partial<Secrets>>({});
  const stored = signal<SecretPresence>(presence);
  const errors = signal<FieldErrors>({});
  const status = signal<SaveStatus>('idle');

  const setIn = <S extends Section, K extends keyof Draft[S] & string>(section: S, key: K, value: Draft[S][K]) => {
    draft.value = { ...draft.value, [section]: { ...draft.value[section], [key]: value } };
    errors.value = withoutErrors(errors.value, `${section}.${key}`);
  };

  const setCallers = (callers: string[], callerId = draft.value.tccc.callerId) => {
    draft.value = { ...draft.value, tccc: { ...draft.value.tccc, callers, callerId: callers.includes(callerId) ? callerId : '' } };
    errors.value = withoutErrors(errors.value, 'tccc.callers');
  };

  /** Tidy and validate; what to save or test, or undefined with every field's error set. */
  const validate = (): { settings: Settings; secrets: Partial<Secrets> } | undefined => {
    draft.value = tidyDraft(draft.value);
    const result = validateDraft(draft.value);
    if ('errors' in result) {
      errors.value = result.errors;
      return undefined;
    }
    errors.value = {};
    const typed = Object.entries(secrets.value).map(([key, value]) => [key, value.trim()]).filter(([, value]) => value);
    return { settings: result.settings, secrets: v.parse(v.partial(SecretsSchema), Object.fromEntries(typed)) };
  };

  return {
    draft,
    secrets,
    stored,
    locked,
    errors,
    status,
    set<K extends TopKey>(key: K, value: Draft[K]) {
      draft.value = { ...draft.value, [key]: value };
      errors.value = withoutErrors(errors.value, key);
    },
    setIn,
    setSecret(key: SecretKey, value: string) {
      secrets.value = { ...secrets.value, [key]: value };
    },
    addCaller: () => setCallers([...draft.value.tccc.callers, '']),
    removeCaller: (index: number) => setCallers(draft.value.tccc.callers.filter((_, i) => i !== index)),
    /** Edit a caller row; the chosen caller ID follows its number. */
    setCaller(index: number, value: string) {
      const { callers, callerId } = draft.value.tccc;
      const follows = callerId !== '' && callerId === callers[index];
      setCallers(callers.map((caller, i) => (i === index ? value : caller)), follows ? value : callerId);
    },
    validate,
    /** Validate for saving: as `validate`, and the save status says what is wrong. */
    check() {
      const checked = validate();
      if (checked) return checked;
      const hidden = draft.value.provider === 'tccc' ? 'ccai' : 'tccc';
      status.value = Object.keys(errors.value).some((p) => p.startsWith(`${hidden}.`)) ? 'invalidHidden' : 'invalid';
      return undefined;
    },
    /** After a save: typed secrets are stored now, so the inputs go back to "set". */
    saved(presence: SecretPresence) {
      secrets.value = {};
      stored.value = presence;
      status.value = 'saved';
    },
  };
}

export type SettingsForm = ReturnType<typeof createSettingsForm>;
