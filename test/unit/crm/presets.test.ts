import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/crm';
import { SITE_PRESETS, siteOrigin, type SitePreset } from '../../../lib/crm/site/presets';

const preset = (crm: string) => SITE_PRESETS.find((p) => p.crm === crm)!;
const adapter = (crm: string) => ADAPTERS.find((a) => a.id === crm)!;

/** Every site a preset can produce, as hosts. */
const hostsOf = (p: SitePreset) =>
  p.kind === 'hosts' ? p.hosts : ['', ...(p.zones ?? [])].map((zone) => ['acme', zone, p.domain].filter(Boolean).join('.'));

const ok = (origin: string) => ({ origin });
const error = (key: string) => ({ error: `crm.site.${key}` });

describe('siteOrigin', () => {
  it.each([
    ['zendesk', 'acme', ok('https://acme.zendesk.com')],
    ['zendesk', '  Acme ', ok('https://acme.zendesk.com')],
    ['zendesk', 'ACME', ok('https://acme.zendesk.com')],
    ['zendesk', 'acme-support', ok('https://acme-support.zendesk.com')],
    ['zendesk', '123', ok('https://123.zendesk.com')],
    ['zendesk', 'a'.repeat(63), ok(`https://${'a'.repeat(63)}.zendesk.com`)],
    ['zendesk', 'acme.zendesk.com', ok('https://acme.zendesk.com')],
    ['zendesk', 'ACME.Zendesk.com/agent/tickets/5', ok('https://acme.zendesk.com')],
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/5', ok('https://acme.zendesk.com')],
    ['zendesk', '\thttps://acme.zendesk.com/agent/tickets/5?x=1#y\n', ok('https://acme.zendesk.com')],
    ['zendesk', 'HTTPS://ACME.ZENDESK.COM', ok('https://acme.zendesk.com')],
    ['zendesk', '', error('empty')],
    ['zendesk', '  \t ', error('empty')],
    ['zendesk', 'acme.evil.com', error('otherSite')],
    ['zendesk', 'evil.com/acme.zendesk.com', error('otherSite')],
    ['zendesk', 'https://evil.com/acme.zendesk.com', error('otherSite')],
    ['zendesk', 'https://evil.com?.zendesk.com', error('otherSite')],
    ['zendesk', 'https://evil.com#.zendesk.com', error('otherSite')],
    ['zendesk', 'https://evil.com\\.zendesk.com', error('otherSite')],
    ['zendesk', 'https://acme%2eevil.com', error('otherSite')],
    ['zendesk', 'acme.zendesk.com.evil.com', error('otherSite')],
    ['zendesk', 'acme.zendeskXcom', error('otherSite')],
    ['zendesk', 'a.b.zendesk.com', error('otherSite')],
    ['zendesk', 'zendesk.com', error('otherSite')],
    ['zendesk', 'https://127.0.0.1', error('otherSite')],
    ['zendesk', 'acme.freshdesk.com', error('otherSite')],
    ['zendesk', 'https://app.hubspot.com/contacts/1/ticket/2', error('otherSite')],
    ['zendesk', 'https://acme.zendesk.com@evil.com', error('invalid')],
    ['zendesk', 'https://user:pw@acme.zendesk.com', error('invalid')],
    ['zendesk', 'https://acme.zendesk.com:8443', error('invalid')],
    ['zendesk', 'acme.zendesk.com:443', error('invalid')],
    ['zendesk', 'evil.com\\.zendesk.com', error('invalid')],
    ['zendesk', 'acme%2eevil.com', error('invalid')],
    ['zendesk', '.zendesk.com', error('invalid')],
    ['zendesk', 'acme..zendesk.com', error('invalid')],
    ['zendesk', 'acme.zendesk.com.', error('invalid')],
    ['zendesk', 'acme_support', error('invalid')],
    ['zendesk', '-acme', error('invalid')],
    ['zendesk', 'acme-', error('invalid')],
    ['zendesk', 'ac me', error('invalid')],
    ['zendesk', 'ácme', error('invalid')],
    ['zendesk', 'acme\u0000', error('invalid')],
    ['zendesk', 'https://[::1]/', error('invalid')],
    ['zendesk', 'ftp://acme.zendesk.com', error('invalid')],
    ['zendesk', 'javascript:alert(1)', error('invalid')],
    ['zendesk', 'chrome-extension://abc/options.html', error('invalid')],
    ['zendesk', 'http://acme.zendesk.com', error('insecure')],
    ['zendesk', 'a'.repeat(64), error('tooLong')],
    ['zendesk', `${'a'.repeat(64)}.zendesk.com`, error('tooLong')],
    ['zendesk', `https://${'a.'.repeat(130)}zendesk.com`, error('tooLong')],
    ['zendesk', `https://acme.zendesk.com/${'x'.repeat(2000)}`, error('tooLong')],
    ['salesforce', 'acme', ok('https://acme.lightning.force.com')],
    ['salesforce', 'https://acme--uat.sandbox.lightning.force.com/lightning/r/Case/5008c00001AbCdEAAV/view', ok('https://acme--uat.sandbox.lightning.force.com')],
    ['salesforce', 'acme-dev-ed.develop.lightning.force.com', ok('https://acme-dev-ed.develop.lightning.force.com')],
    ['salesforce', 'acme.evil.lightning.force.com', error('otherSite')],
    ['salesforce', 'acme.sandbox', error('otherSite')],
    ['salesforce', 'acme.my.salesforce.com', error('otherSite')],
    ['salesforce', 'lightning.force.com', error('otherSite')],
    ['freshdesk', 'Acme', ok('https://acme.freshdesk.com')],
    ['freshdesk', 'https://acme.freshdesk.com/a/tickets/1042', ok('https://acme.freshdesk.com')],
    ['freshdesk', 'acme.zendesk.com', error('otherSite')],
    ['servicenow', 'acmedev', ok('https://acmedev.service-now.com')],
    ['servicenow', 'https://acme.service-now.com/nav_to.do?uri=incident.do', ok('https://acme.service-now.com')],
    ['servicenow', 'acme.service-now.com.evil.com', error('otherSite')],
    ['servicenow', 'acme.servicenow.com', error('otherSite')],
    ['jira', 'acme', ok('https://acme.atlassian.net')],
    ['jira', 'https://acme.atlassian.net/browse/ITSM-123', ok('https://acme.atlassian.net')],
    ['jira', 'acme.atlassian.com', error('otherSite')],
    ['jira', 'acme.jira.com', error('otherSite')],
    ['hubspot', 'app.hubspot.com', ok('https://app.hubspot.com')],
    ['hubspot', ' https://APP-EU1.hubspot.com/contacts/25934211/record/0-5/9034412881/', ok('https://app-eu1.hubspot.com')],
    ['hubspot', '', error('empty')],
    ['hubspot', 'acme', error('otherHost')],
    ['hubspot', 'hubspot.com', error('otherHost')],
    ['hubspot', 'app.hubspot.com.evil.com', error('otherHost')],
    ['hubspot', 'evil.app.hubspot.com', error('otherHost')],
    ['hubspot', 'http://app.hubspot.com', error('insecure')],
    ['hubspot', 'app_eu1.hubspot.com', error('invalid')],
    ['zohodesk', 'desk.zoho.com', ok('https://desk.zoho.com')],
    ['zohodesk', 'desk.zoho.com.cn', ok('https://desk.zoho.com.cn')],
    ['zohodesk', 'https://desk.zoho.eu/agent/acme/it-support/tickets/details/20187000000412345', ok('https://desk.zoho.eu')],
    ['zohodesk', 'desk.zoho.de', error('otherHost')],
    ['zohodesk', 'acme.desk.zoho.com', error('otherHost')],
    ['zohodesk', 'desk.zoho.com.evil.example', error('otherHost')],
  ])('%s: %j -> %j', (crm, input, expected) => {
    expect(siteOrigin(preset(crm), input)).toEqual(expected);
  });
});

describe('presets and adapters agree', () => {
  it('has one preset per adapter, under its id and name', () => {
    expect(SITE_PRESETS.map((p) => [p.crm, p.name])).toEqual(ADAPTERS.map((a) => [a.id, a.name]));
  });

  // Each site a preset offers must be one its adapter runs on, and no other adapter does.
  describe.each(SITE_PRESETS.map((p) => [p.crm, p] as const))('%s', (crm, p) => {
    const ticketOn = (host: string) => {
      const url = new URL(adapter(crm).exampleUrls[0]!);
      url.hostname = host;
      return url;
    };

    it.each(hostsOf(p))('%s gets ticket buttons from its adapter only', (host) => {
      expect(siteOrigin(p, host)).toEqual(ok(`https://${host}`));
      expect(ADAPTERS.filter((a) => a.matchesUrl(ticketOn(host))).map((a) => a.id)).toEqual([crm]);
    });

    it.each(adapter(crm).exampleUrls)('takes its adapter\'s example %s as its origin', (url) => {
      expect(siteOrigin(p, url)).toEqual(ok(new URL(url).origin));
    });
  });
});
