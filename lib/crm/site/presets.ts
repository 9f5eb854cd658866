/**
 * Where each built-in CRM lives, for the options page's "Add a CRM site": a tenant name on
 * the CRM's own domain, or one of its fixed hosts. Pure; test/unit/crm/presets.test.ts keeps
 * this list in step with the adapters' hosts. (A subfolder: every lib/crm/*.ts is an adapter.)
 */

interface Preset {
  /** The adapter's id (lib/crm/<crm>.ts). */
  crm: string;
  name: string;
}
export interface TenantPreset extends Preset {
  kind: 'tenant';
  domain: string;
  /** Zones the CRM puts between tenant and domain (Salesforce: acme--uat.sandbox.lightning.force.com). */
  zones?: readonly string[];
}
export interface HostsPreset extends Preset {
  kind: 'hosts';
  hosts: readonly string[];
}
export type SitePreset = TenantPreset | HostsPreset;

export const SITE_PRESETS: readonly SitePreset[] = [
  { crm: 'zendesk', name: 'Zendesk', kind: 'tenant', domain: 'zendesk.com' },
  { crm: 'salesforce', name: 'Salesforce', kind: 'tenant', domain: 'lightning.force.com', zones: ['sandbox', 'develop'] },
  { crm: 'freshdesk', name: 'Freshdesk', kind: 'tenant', domain: 'freshdesk.com' },
  { crm: 'hubspot', name: 'HubSpot', kind: 'hosts', hosts: ['app.hubspot.com', 'app-eu1.hubspot.com'] },
  { crm: 'servicenow', name: 'ServiceNow', kind: 'tenant', domain: 'service-now.com' },
  {
    crm: 'zohodesk',
    name: 'Zoho Desk',
    kind: 'hosts',
    hosts: ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au', 'desk.zoho.jp', 'desk.zoho.com.cn', 'desk.zoho.ca', 'desk.zoho.sa'],
  },
  { crm: 'jira', name: 'Jira Service Management', kind: 'tenant', domain: 'atlassian.net' },
];

/** Message keys (lib/i18n, params `crm` and `domain`) for input that names no site of the preset. */
export type SiteInputError =
  | 'crm.site.empty'
  | 'crm.site.invalid'
  | 'crm.site.tooLong'
  | 'crm.site.insecure'
  | 'crm.site.otherSite'
  | 'crm.site.otherHost';

export type SiteInput = { origin: string } | { error: SiteInputError };

const MAX_INPUT = 2000;
const MAX_LABEL = 63;
const MAX_HOST = 253;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

type HostInput = { host: string } | { error: SiteInputError };

/** The host in a bare name, a host (with or without a path) or an https URL. */
function hostIn(text: string): HostInput {
  if (!SCHEME.test(text)) return { host: text.split(/[/?#]/, 1)[0]! };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'crm.site.invalid' };
  }
  if (url.protocol === 'http:') return { error: 'crm.site.insecure' };
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return { error: 'crm.site.invalid' };
  return { host: url.hostname };
}

/** `text`'s host, when every label of it is a DNS label (letters, digits, inner hyphens). */
function validHost(text: string): HostInput {
  const found = hostIn(text);
  if ('error' in found) return found;
  const labels = found.host.split('.');
  if (found.host.length > MAX_HOST || labels.some((label) => label.length > MAX_LABEL)) return { error: 'crm.site.tooLong' };
  return labels.every((label) => LABEL.test(label)) ? found : { error: 'crm.site.invalid' };
}

function tenantOrigin(preset: TenantPreset, host: string): SiteInput {
  const suffix = `.${preset.domain}`;
  const tenant = !host.includes('.') ? host : host.endsWith(suffix) ? host.slice(0, -suffix.length) : '';
  const [, zone, ...more] = tenant.split('.');
  if (!tenant || more.length || (zone !== undefined && !preset.zones?.includes(zone))) return { error: 'crm.site.otherSite' };
  return { origin: `https://${tenant}${suffix}` };
}

/**
 * The https origin the agent means on `preset`'s CRM: a tenant (` Acme `), a host or a
 * pasted address of that CRM; anything else, or a host outside the CRM's domain, is an error.
 */
export function siteOrigin(preset: SitePreset, input: string): SiteInput {
  const text = input.trim().toLowerCase();
  if (!text) return { error: 'crm.site.empty' };
  if (text.length > MAX_INPUT) return { error: 'crm.site.tooLong' };
  if (!PRINTABLE_ASCII.test(text)) return { error: 'crm.site.invalid' };
  const found = validHost(text);
  if ('error' in found) return found;
  if (preset.kind === 'tenant') return tenantOrigin(preset, found.host);
  return preset.hosts.includes(found.host) ? { origin: `https://${found.host}` } : { error: 'crm.site.otherHost' };
}
