import { deepQuery } from './extract/deep';
import { customerFields, phoneIn } from './extract/phone';
import { first, textOf, ticketIdIn } from './extract/text';
import type { CountryCode } from '../phone/detect';
import type { CrmAdapter, TicketInfo } from './types';

const SYS_ID = /^[0-9a-f]{32}$/;
const WORKSPACE_PATH = /^\/now\/sow\/record\/incident\/([0-9a-f]{32})(?:\/|$)/;
const CLASSIC_WRAPPER = /^\/now\/nav\/ui\/classic\/params\/target\/([^/]{1,2000})$/;
const NUMBER = /\b[A-Z]{2,8}\d{4,12}\b/;
// Caller fields dot-walked onto the form, and the common custom contact-number field.
const CALLER_FIELDS = ['caller_id.phone', 'caller_id.mobile_phone', 'u_contact_number'].map((f) => `[id$="incident.${f}"]`).join(', ');

interface Target {
  sysId: string;
  workspace: boolean;
}

function classicTarget(url: URL, path: string): Target | undefined {
  let target: URL;
  try {
    target = new URL(path, `${url.origin}/`);
  } catch {
    return undefined;
  }
  const sysId = target.searchParams.get('sys_id') ?? '';
  return target.origin === url.origin && target.pathname === '/incident.do' && SYS_ID.test(sysId) ? { sysId, workspace: false } : undefined;
}

function targetOf(url: URL): Target | undefined {
  if (!url.hostname.endsWith('.service-now.com')) return undefined;
  const workspace = WORKSPACE_PATH.exec(url.pathname)?.[1];
  if (workspace) return { sysId: workspace, workspace: true };
  if (url.pathname === '/nav_to.do') return classicTarget(url, url.searchParams.get('uri') ?? '');
  const wrapped = CLASSIC_WRAPPER.exec(url.pathname)?.[1];
  try {
    return classicTarget(url, wrapped ? decodeURIComponent(wrapped) : url.pathname + url.search);
  } catch {
    return undefined; // a malformed %-escape
  }
}

function classicTicket(doc: Document, sysId: string, country: CountryCode): TicketInfo | undefined {
  // Navigation shells (nav_to.do) hold the form in their gsft_main frame, which reports it itself.
  const anchor = doc.querySelector('form[id="incident.do"]') && first(doc, ['.navbar-title-display-value', '.navbar-title']);
  if (!anchor) return undefined;
  const number = ticketIdIn(doc.getElementById('sys_readonly.incident.number') ?? doc.getElementById('incident.number'));
  const phone = Array.from(doc.querySelectorAll(CALLER_FIELDS), (field) => phoneIn(field, country)).find(Boolean);
  return {
    crm: 'servicenow',
    ticketId: number ?? sysId,
    anchor,
    title: textOf(doc.getElementById('incident.short_description')) || undefined,
    ...customerFields(phone),
  };
}

// The workspace shows the caller's number only in a hover card, so no customer number here.
function workspaceTicket(doc: Document, sysId: string): TicketInfo | undefined {
  const form = deepQuery(doc, 'now-record-form-connected');
  const anchor = form && deepQuery(form.shadowRoot ?? form, 'h1, h2, [role="heading"]');
  if (!anchor) return undefined;
  const number = NUMBER.exec(textOf(anchor))?.[0] ?? NUMBER.exec(doc.title.slice(0, 200))?.[0];
  return { crm: 'servicenow', ticketId: number ?? sysId, anchor };
}

export const servicenow: CrmAdapter = {
  id: 'servicenow',
  name: 'ServiceNow',
  exampleUrls: [
    'https://acme.service-now.com/now/sow/record/incident/9d385017c611228701d22104cc95c371',
    'https://acme.service-now.com/now/sow/record/incident/9d385017c611228701d22104cc95c371/params/selected-tab-index/1',
    'https://acme.service-now.com/nav_to.do?uri=incident.do?sys_id=9d385017c611228701d22104cc95c371',
    'https://acme.service-now.com/nav_to.do?uri=%2Fincident.do%3Fsys_id%3D9d385017c611228701d22104cc95c371%26sysparm_view%3D',
    'https://acme.service-now.com/incident.do?sys_id=9d385017c611228701d22104cc95c371&sysparm_record_target=incident',
    'https://acme.service-now.com/now/nav/ui/classic/params/target/incident.do%3Fsys_id%3D9d385017c611228701d22104cc95c371',
  ],
  nonTicketUrls: [
    'https://acme.service-now.com/incident_list.do?sysparm_query=active%3Dtrue',
    'https://acme.service-now.com/incident.do?sys_id=-1',
    'https://acme.service-now.com/now/sow/home',
    'https://acme.service-now.com/now/sow/list/params/list-id/8cf4d3a1/tiny-id/Vd5zWZpR',
    'https://acme.service-now.com/sp?id=ticket&table=incident&sys_id=9d385017c611228701d22104cc95c371',
    'https://acme.service-now.com/nav_to.do?uri=https://evil.example/incident.do?sys_id=9d385017c611228701d22104cc95c371',
  ],
  matchesUrl: (url) => targetOf(url) !== undefined,
  detect(url, doc, country) {
    const target = targetOf(url);
    if (!target) return undefined;
    return target.workspace ? workspaceTicket(doc, target.sysId) : classicTicket(doc, target.sysId, country);
  },
};
