// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createGenericAdapter, patternFromTemplate, validateCustomPattern, type CustomPattern } from '../../../lib/crm';
import { parseMatchPattern } from '../../../lib/crm/pattern/match-pattern';
import { parsePage } from './load';

const pattern = (urlPattern: string, more: Partial<CustomPattern> = {}): CustomPattern => ({ name: 'Acme CRM', urlPattern, ...more });

describe('validateCustomPattern', () => {
  it.each([
    pattern('^https://crm\\.acme\\.com/tickets/(\\d+)'),
    pattern('^https://crm\\.acme\\.com/tickets/(\\d+)/?(?:\\?.*)?$'),
    pattern('^https?://[^/]+\\.acme\\.com/(?:support/)?case/([A-Z]{2,5}-\\d{1,8})'),
    pattern('^https://crm\\.acme\\.com/t/(?<id>\\w{1,40})'),
    pattern('^https://crm\\.acme\\.com/(?:tickets|cases)/(\\d+)'),
    pattern('^https://crm\\.acme\\.com/[(]x[)]+/(\\d+)'),
    pattern('https://*.acme.com/tickets/*', { ticketIdSelector: '#ticket-id' }),
    pattern('*://crm.acme.com/*', { ticketIdSelector: '[data-ticket]', customerPhoneSelector: '.requester .phone' }),
  ])('accepts %j', (good) => {
    expect(validateCustomPattern(good, document)).toBeUndefined();
    expect(createGenericAdapter(good)).toBeDefined();
  });

  it.each([
    [{ name: '', urlPattern: '^https://a\\.com/(\\d+)' }, 'crm.pattern.name'],
    [{ name: 'x'.repeat(65), urlPattern: '^https://a\\.com/(\\d+)' }, 'crm.pattern.name'],
    [{ name: 'Acme' } as CustomPattern, 'crm.pattern.badMatchPattern'],
    [pattern(`^https://a\\.com/${'a'.repeat(500)}(\\d+)`), 'crm.pattern.tooLong'],
    [pattern('^https://a\\.com/(\\d+'), 'crm.pattern.badRegex'],
    [pattern('^https://a\\.com/[(\\d+)'), 'crm.pattern.badRegex'],
    [pattern('^https://a\\.com/(?<id\\d+)'), 'crm.pattern.badRegex'],
    [pattern('^https://a\\.com/(\\d+)+'), 'crm.pattern.unsafeRegex'],
    [pattern('^https://a\\.com/(a+)+$'), 'crm.pattern.unsafeRegex'],
    [pattern('^https://a\\.com/((a|ab)*)$'), 'crm.pattern.unsafeRegex'],
    [pattern('^https://a\\.com/(?:\\w+\\d*){2,9}(x)'), 'crm.pattern.unsafeRegex'],
    [pattern('^https://a\\.com/((?:[a-z]+/)+)'), 'crm.pattern.unsafeRegex'],
    [pattern('^https://a\\.com/(.*)(.*).*x'), 'crm.pattern.unsafeRegex'],
    [pattern(`^https://a\\.com/(x)${'a?'.repeat(30)}`), 'crm.pattern.unsafeRegex'],
    [pattern('^https://a\\.com/(\\w+)/\\1'), 'crm.pattern.unsafeRegex'],
    [pattern('^https://a\\.com/tickets/\\d+'), 'crm.pattern.captureGroup'],
    [pattern('^https://a\\.com/(\\w+)/(\\d+)'), 'crm.pattern.captureGroup'],
    [pattern('crm.acme.com/tickets/*', { ticketIdSelector: '#id' }), 'crm.pattern.badMatchPattern'],
    [pattern('ftp://crm.acme.com/*', { ticketIdSelector: '#id' }), 'crm.pattern.badMatchPattern'],
    [pattern('https://crm.*.com/*', { ticketIdSelector: '#id' }), 'crm.pattern.badMatchPattern'],
    [pattern('https://crm.acme.com', { ticketIdSelector: '#id' }), 'crm.pattern.badMatchPattern'],
    [pattern('https://crm.acme.com/tickets/*'), 'crm.pattern.needsTicketIdSelector'],
    [pattern('https://crm.acme.com/*', { ticketIdSelector: 'div[' }), 'crm.pattern.badSelector'],
    [pattern('^https://a\\.com/(\\d+)', { customerPhoneSelector: '' }), 'crm.pattern.badSelector'],
    [pattern('^https://a\\.com/(\\d+)', { customerPhoneSelector: 'a'.repeat(201) }), 'crm.pattern.badSelector'],
  ] as const)('refuses %j with %s', (bad, key) => {
    expect(validateCustomPattern(bad, document)).toBe(key);
  });

  it('checks selector syntax only when given a document', () => {
    expect(validateCustomPattern(pattern('https://crm.acme.com/*', { ticketIdSelector: 'div[' }))).toBeUndefined();
  });

  it('compiles an accepted regex that still answers fast on a hostile URL', () => {
    const adapter = createGenericAdapter(pattern('^https://a\\.com/.*x.*y(\\d)'))!;
    const started = performance.now();
    expect(adapter.matchesUrl(new URL(`https://a.com/${'x'.repeat(2000)}`))).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('match patterns', () => {
  it.each([
    ['https://*.acme.com/tickets/*', 'https://eu.crm.acme.com/tickets/42?tab=1', true],
    ['https://*.acme.com/tickets/*', 'https://acme.com/tickets/42', true],
    ['https://*.acme.com/tickets/*', 'https://notacme.com/tickets/42', false],
    ['https://*.acme.com/tickets/*', 'http://crm.acme.com/tickets/42', false],
    ['*://crm.acme.com/*/view', 'http://crm.acme.com/tickets/42/view', true],
    ['*://crm.acme.com/*/view', 'https://crm.acme.com/tickets/42/edit', false],
    ['https://*/t/*', 'https://anything.example/t/1', true],
  ])('%s on %s -> %s', (glob, url, expected) => {
    expect(parseMatchPattern(glob)!(new URL(url))).toBe(expected);
  });
});

describe('createGenericAdapter', () => {
  const page = parsePage(`<h1>Ticket <span id="tid">#T-1042</span></h1>
    <aside class="requester"><span class="phone">Mobile: 07911 123456</span></aside>
    <div class="comments">Call our desk on 020 7946 0958</div>`);

  it('takes the id from the regex capture, the number from the selector', () => {
    const adapter = createGenericAdapter(pattern('^https://crm\\.acme\\.com/tickets/(\\d+)', { customerPhoneSelector: '.requester .phone' }))!;
    const ticket = adapter.detect(new URL('https://crm.acme.com/tickets/77'), page, 'GB');
    expect(ticket).toMatchObject({ crm: 'custom', ticketId: '77', customerE164: '+447911123456' });
    expect(ticket?.anchor).toBe(page.querySelector('h1'));
  });

  it('takes the id from the page under a match pattern, next to which the button goes', () => {
    const adapter = createGenericAdapter(pattern('https://crm.acme.com/*', { ticketIdSelector: '#tid' }))!;
    const ticket = adapter.detect(new URL('https://crm.acme.com/anything'), page, 'GB');
    expect(ticket).toMatchObject({ ticketId: 'T-1042', anchor: page.getElementById('tid') });
    expect(ticket?.customerE164).toBeUndefined();
  });

  it('finds nothing when the URL does not match or the id is missing', () => {
    const adapter = createGenericAdapter(pattern('https://crm.acme.com/*', { ticketIdSelector: '#missing' }))!;
    expect(adapter.detect(new URL('https://crm.acme.com/x'), page, 'GB')).toBeUndefined();
    expect(adapter.detect(new URL('https://other.com/x'), page, 'GB')).toBeUndefined();
  });

  it('survives a selector that was never checked against a DOM', () => {
    const adapter = createGenericAdapter(pattern('^https://crm\\.acme\\.com/(\\d+)', { customerPhoneSelector: 'div[' }))!;
    expect(adapter.detect(new URL('https://crm.acme.com/5'), page, 'GB')).toMatchObject({ ticketId: '5' });
  });

  it('is undefined for an invalid pattern', () => {
    expect(createGenericAdapter(pattern('^(a+)+(b)'))).toBeUndefined();
  });
});

describe('patternFromTemplate', () => {
  it.each([
    ['https://crm.example.com/case/{ticket}', 'https://crm.example.com/case/C-1042', 'C-1042'],
    ['https://crm.example.com/case/{ticket}', 'https://crm.example.com/case/1042/notes?tab=2', '1042'],
    ['https://crm.example.com/t?id={ticket}&view=full', 'https://crm.example.com/t?id=77&view=full', '77'],
    ['https://crm.example.com/case/{ticket}', 'https://crm.example.com/cases/1042', undefined],
    ['https://crm.example.com/case/{ticket}', 'https://crm.example.com.evil.example/case/1042', undefined],
    ['https://crm.example.com/case/{ticket}', 'https://crm.example.com/case/%22%3E', undefined],
  ])('%s on %s -> %s', (template, url, ticketId) => {
    const adapter = createGenericAdapter(patternFromTemplate(template)!)!;
    expect(adapter.name).toBe('crm.example.com');
    expect(adapter.detect(new URL(url), parsePage('<h1>Case</h1>'), 'US')?.ticketId).toBe(ticketId);
  });

  it.each(['https://crm.example.com/case', 'https://crm.example.com/{ticket}/{ticket}', 'not a url {ticket}'])('refuses %s', (template) => {
    expect(patternFromTemplate(template)).toBeUndefined();
  });
});
