import { describe, expect, it } from 'vitest';
import {
  httpStatusError,
  malformedResponseError,
  networkError,
  serverMessageError,
  timeoutError,
  type RequestContext,
} from '../../../lib/ccai/errors';
import { catalogs, t } from '../../../lib/i18n';

const read: RequestContext = { creates: false, timeoutMs: 10_000 };
const create: RequestContext = { creates: true, timeoutMs: 10_000 };

// Every 400 message in the seed, with the exact English text the agent reads.
const SEED_MESSAGES: [message: string, text: string][] = [
  ['Agent email required', "CCAI Platform needs the agent's email address to place the call. Set it in Switchboard's settings."],
  ['ticket_id or end_user_number required', "CCAI Platform needs a ticket ID or the customer's phone number to place the call."],
  ['end_user_number is not well-formed', "CCAI Platform did not accept the customer's phone number. Check it and write it in international format, for example +1 415 555 0132."],
  ['end_user_number is not well formed', "CCAI Platform did not accept the customer's phone number. Check it and write it in international format, for example +1 415 555 0132."],
  ['Not a valid agent email', 'CCAI Platform knows no agent with this email. Use the email the agent signs in to CCAI Platform with.'],
  ['Agent does not have access to make calls', 'This agent may not make outbound calls in CCAI Platform. Ask an administrator to allow outbound calling.'],
  ['Agent is not available to take this call', 'The agent is not available for this call. Set your status to Available in the CCAI Platform adapter, then try again.'],
  ['Contact not found', 'CCAI Platform found no contact for this ticket. Check that the ticket has a customer with a phone number, or call the number directly.'],
  ['Invalid call type', 'CCAI Platform refused the call type. This is a Switchboard bug or an API change: please report it with the message below.'],
  ['menu_id is required', "CCAI Platform needs a menu (queue) for this call. Choose one in Switchboard's settings."],
  ['menu_id is not well formed', 'CCAI Platform did not accept the menu ID. Menu IDs are whole numbers; check the setting.'],
  ['menu_id 9999 is not found', "CCAI Platform has no menu 9999. Check the menu ID in Switchboard's settings."],
  ['Only IVR and mobile menu IDs are permitted', 'This menu cannot take API inbound calls: CCAI Platform only allows IVR and mobile menus here. Choose another menu.'],
  ['Only mobile and web menu IDs are permitted', 'This menu cannot take scheduled calls: CCAI Platform only allows mobile and web menus here. Choose another menu.'],
  ["Menu is in 'manual redirection' state, can't accept calls", 'This menu is set to manual redirection and cannot take calls now. Choose another menu or ask an administrator.'],
  ["Menu is in 'after hours' state, can't accept incoming calls", 'This menu is outside its business hours and cannot take calls now. Try again during business hours.'],
  ["Language 'fr' is not available", 'The language “fr” is not enabled in CCAI Platform. Choose another language or ask an administrator to enable it.'],
  ["Language 'xy' is not found", 'CCAI Platform does not know the language “xy”. Use a two-letter ISO 639-1 code such as en.'],
  ['end_user_number is required', "CCAI Platform needs the customer's phone number for this call."],
  ['scheduled_at is required', 'CCAI Platform needs the time of the scheduled call.'],
];

describe('server messages', () => {
  it.each(SEED_MESSAGES)('%s', (message, text) => {
    const { info } = serverMessageError(message);
    expect(info).toMatchObject({ kind: 'cloud', provider: 'ccai', serverMessage: message });
    expect(info.messageKey).toMatch(/^ccai\.error\./);
    expect(info.code).not.toBe('unknownMessage');
    expect(t(info.messageKey, info.params, 'en')).toBe(text);
    const zh = t(info.messageKey, info.params, 'zh_CN');
    expect(zh).not.toBe(text);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toMatch(/\{\w+\}/);
  });

  it('gives each distinct seed message its own Chinese text', () => {
    const keys = new Set(SEED_MESSAGES.map(([message]) => serverMessageError(message).info.messageKey));
    expect(keys.size).toBe(SEED_MESSAGES.length - 1); // the two "well(-)formed" spellings share one
    expect(new Set([...keys].map((key) => catalogs.zh_CN[key])).size).toBe(keys.size);
  });

  it.each([
    ["Language 'pt-BR' is not available", 'languageNotAvailable', { lang: 'pt-BR' }],
    ["Language 'xx' is not found", 'languageNotFound', { lang: 'xx' }],
    ['menu_id 42 is not found', 'menuNotFound', { menuId: '42' }],
  ])('reads the value out of %s', (message, code, params) => {
    expect(serverMessageError(message).info).toMatchObject({ code, params, serverMessage: message });
  });

  it('tolerates drift in case, hyphens and a final full stop', () => {
    expect(serverMessageError(' agent email required. ').info.code).toBe('agentEmailRequired');
    expect(serverMessageError('End_user_number is not well - formed').info.code).toBe('endUserNumberMalformed');
  });

  it('shows an unknown message to the agent inside a generic text', () => {
    const { info } = serverMessageError('Queue is paused');
    expect(info).toMatchObject({ code: 'unknownMessage', serverMessage: 'Queue is paused' });
    expect(t(info.messageKey, info.params, 'en')).toBe('CCAI Platform refused the request: “Queue is paused”.');
    expect(t(info.messageKey, info.params, 'zh_CN')).toContain('Queue is paused');
  });
});

describe('HTTP statuses and transport failures', () => {
  it.each([
    [401, undefined, read, 'cloud', 'unauthorized'],
    [403, 'Forbidden', read, 'cloud', 'unauthorized'],
    [404, undefined, create, 'http', 'notFound'],
    [404, undefined, { ...read, callId: 7 }, 'http', 'callNotFound'],
    [429, undefined, create, 'rateLimited', 'rateLimited'],
    [500, undefined, read, 'http', 'server'],
    [503, 'Maintenance', create, 'http', 'serverCreate'],
    [400, undefined, create, 'cloud', 'badRequest'],
    [422, 'Agent email required', create, 'cloud', 'agentEmailRequired'],
    [409, undefined, create, 'http', 'http'],
  ] as const)('%i %s (creates: %o) -> %s %s', (status, message, context, kind, code) => {
    const { info } = httpStatusError(status, message, context);
    expect(info).toMatchObject({ kind, code, provider: 'ccai', messageKey: `ccai.error.${code}` });
    expect(info.serverMessage).toBe(message);
    expect(t(info.messageKey, info.params, 'en')).not.toMatch(/\{\w+\}/);
  });

  it.each([
    [networkError, 'network', 'networkCreate'],
    [timeoutError, 'timeout', 'timeoutCreate'],
    [malformedResponseError, 'malformedResponse', 'malformedCreate'],
  ])('%o warns that a create may have happened', (make, readCode, createCode) => {
    expect(make(read).info.code).toBe(readCode);
    expect(make(create).info.code).toBe(createCode);
    expect(t(make(create).info.messageKey, make(create).info.params, 'en')).toMatch(/before you click again/);
  });

  it('says how long it waited', () => {
    const { info } = timeoutError({ creates: true, timeoutMs: 10_000 });
    expect(t(info.messageKey, info.params, 'en')).toMatch(/^CCAI Platform did not answer within 10 seconds\. The call may have been created/);
  });
});

describe('ccai catalogues', () => {
  it('have the same keys and placeholders in English and Chinese', () => {
    const keys = (locale: 'en' | 'zh_CN') => Object.keys(catalogs[locale]).filter((key) => key.startsWith('ccai.'));
    expect(keys('zh_CN').sort()).toEqual(keys('en').sort());
    const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys('en')) expect(placeholders(catalogs.zh_CN[key])).toEqual(placeholders(catalogs.en[key]));
  });
});
