import * as v from 'valibot';

// The settings document: everything an admin may hand to a team (no secrets; those live in
// `Secrets`, see store.ts). Validated on every read from outside: imports, managed policy,
// the options form.

const e164 = v.pipe(v.string(), v.regex(/^\+[1-9]\d{6,14}$/, 'settings.invalid.e164'));
const httpUrl = v.union([
  v.literal(''),
  v.pipe(v.string(), v.url('settings.invalid.url'), v.regex(/^https?:\/\//, 'settings.invalid.url')),
]);

export const TcccSettingsSchema = v.object({
  sdkAppId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  endpoint: v.picklist(['china', 'intl', 'custom']),
  customBaseUrl: httpUrl,
  /** The agent's TCCC UserId (usually their email). */
  userId: v.pipe(v.string(), v.maxLength(128)),
  /** Caller numbers the agent may present, in E.164. */
  callers: v.array(e164),
  /** The caller ID the agent chose ('' = let TCCC pick). */
  callerId: v.union([v.literal(''), e164]),
  lockCallerId: v.boolean(),
  isForceUseMobile: v.boolean(),
});

export const CcaiSettingsSchema = v.object({
  subdomain: v.pipe(v.string(), v.regex(/^$|^[a-z0-9][a-z0-9-]{0,62}$/i, 'settings.invalid.subdomain')),
  domain: v.pipe(v.string(), v.regex(/^[a-z0-9.-]*$/i, 'settings.invalid.domain')),
  customBaseUrl: httpUrl,
  authKind: v.picklist(['apiToken', 'companyKey']),
  agentEmail: v.union([v.literal(''), v.pipe(v.string(), v.email('settings.invalid.email'))]),
  outboundNumber: v.union([v.literal(''), e164]),
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'settings.invalid.lang')),
});

/** A CRM ticket page address with `{ticket}` where the ticket id stands, e.g. https://crm.example.com/case/{ticket}. */
const ticketPattern = v.pipe(
  v.string(),
  v.maxLength(300, 'settings.invalid.ticketPattern'),
  v.regex(/^https?:\/\/[^/\s{}]+\/[^\s]*\{ticket\}[^\s]*$/, 'settings.invalid.ticketPattern'),
);

export const SettingsSchema = v.object({
  provider: v.picklist(['tccc', 'ccai']),
  /** ISO 3166 alpha-2 region for numbers written without a country code; '' = from the browser. */
  defaultCountry: v.pipe(v.string(), v.regex(/^$|^[A-Z]{2}$/, 'settings.invalid.country')),
  tccc: TcccSettingsSchema,
  ccai: CcaiSettingsSchema,
  /** Origins the agent enabled Switchboard on, e.g. https://acme.zendesk.com. */
  sites: v.array(v.pipe(v.string(), v.url('settings.invalid.url'))),
  /** Since v2: custom ticket pages on sites no built-in CRM adapter knows. */
  ticketPatterns: v.pipe(v.array(ticketPattern), v.maxLength(50)),
  /** Since v2: a browser notification when a call connects or fails. */
  notifications: v.boolean(),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const SecretsSchema = v.object({
  tcccSecretId: v.string(),
  tcccSecretKey: v.string(),
  ccaiApiToken: v.string(),
  ccaiCompanyKey: v.string(),
  ccaiCompanySecret: v.string(),
});

export type Secrets = v.InferOutput<typeof SecretsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  provider: 'tccc',
  defaultCountry: '',
  tccc: {
    sdkAppId: null,
    endpoint: 'china',
    customBaseUrl: '',
    userId: '',
    callers: [],
    callerId: '',
    lockCallerId: false,
    isForceUseMobile: false,
  },
  ccai: {
    subdomain: '',
    domain: 'uc1.ccaiplatform.com',
    customBaseUrl: '',
    authKind: 'apiToken',
    agentEmail: '',
    outboundNumber: '',
    lang: 'en',
  },
  sites: [],
  ticketPatterns: [],
  notifications: true,
};

export const EMPTY_SECRETS: Secrets = {
  tcccSecretId: '',
  tcccSecretKey: '',
  ccaiApiToken: '',
  ccaiCompanyKey: '',
  ccaiCompanySecret: '',
};
