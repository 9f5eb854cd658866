import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../lib/messages-schema';
import { FIND_LIMITS, type MessageType } from '../../../lib/messages';
import { checkSender } from '../../../lib/sender';

const ID = '6f1c2d3e-0000-4000-8000-000000000001';
const policy = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', isSiteEnabled: async () => true };
const page = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const content = { id: 'ext', url: 'https://acme.zendesk.com/agent/tickets/1', tab: {} };
const texts = (count: number, length: number) => Array<string>(count).fill('5'.repeat(length));

describe('message shapes', () => {
  it.each<[string, unknown, boolean]>([
    ['redial', { from: ID, clickId: ID }, true],
    ['redial', { from: 'x', clickId: ID }, false],
    ['getCustomerFlags', { sessionId: '77' }, true],
    ['getCustomerFlags', { sessionId: '77; DROP' }, false],
    ['getCustomerFlags', { sessionId: '0' }, false],
    ['setCustomerFlags', { sessionId: '77', flags: { bad_actor: true } }, true],
    ['setCustomerFlags', { sessionId: '77', flags: { bad_actor: 'yes' } }, false],
    ['setCustomerFlags', { sessionId: '77', flags: { is_admin: true } }, false],
    ['testConnection', { provider: 'tccc' }, true],
    ['testConnection', { provider: 'tccc', secrets: { tcccSecretKey: 'k' } }, true],
    ['testConnection', { provider: 'tccc', secrets: { other: 'k' } }, false],
    ['testConnection', { provider: 'aws' }, false],
    ['saveSecrets', { secrets: { ccaiApiToken: 't' } }, true],
    ['saveSecrets', { secrets: { ccaiApiToken: 'x'.repeat(513) } }, false],
    ['getSecretPresence', {}, true],
    ['getSecretPresence', { all: true }, false],
    ['findNumbers', { texts: ['Call (415) 555-0132', 'none'] }, true],
    ['findNumbers', { texts: [] }, true],
    ['findNumbers', { texts: [''] }, true],
    // The background searches by the country in force: a page cannot choose another.
    ['findNumbers', { country: 'US', texts: [] }, false],
    ['findNumbers', {}, false],
    ['findNumbers', { texts: 'Call (415) 555-0132' }, false],
    ['findNumbers', { texts: [4155550132] }, false],
    ['findNumbers', { texts: [null] }, false],
    ['findNumbers', { texts: [], tabId: 1 }, false],
  ])('%s %o accepted: %s', (type, data, accepted) => {
    expect(parseMessage({ type, data }) !== undefined).toBe(accepted);
  });

  it.each<[string, boolean, string[]]>([
    ['the most texts allowed', true, texts(FIND_LIMITS.texts, 1)],
    ['one text too many', false, texts(FIND_LIMITS.texts + 1, 1)],
    ['the most characters allowed, over several texts', true, texts(2, FIND_LIMITS.chars / 2)],
    ['one character too many, over several texts', false, [...texts(2, FIND_LIMITS.chars / 2), '5']],
  ])('findNumbers with %s accepted: %s', (_name, accepted, list) => {
    expect(parseMessage({ type: 'findNumbers', data: { texts: list } }) !== undefined).toBe(accepted);
  });
});

describe('who may send the new messages', () => {
  it.each<MessageType>(['redial', 'getCustomerFlags', 'setCustomerFlags', 'testConnection', 'getSecretPresence', 'saveSecrets'])(
    '%s: extension pages only',
    async (type) => {
      expect(await checkSender(page, type, policy)).toBe('extensionPage');
      expect(await checkSender(content, type, policy)).toBe('rejected');
    },
  );
});

describe('who may send findNumbers', () => {
  it.each<[string, Parameters<typeof checkSender>[0], typeof policy, string]>([
    ['a content script on an enabled site', content, policy, 'contentScript'],
    ['a content script on a disabled site', content, { ...policy, isSiteEnabled: async () => false }, 'rejected'],
  ])('%s', async (_name, sender, sitePolicy, verdict) => {
    expect(await checkSender(sender, 'findNumbers', sitePolicy)).toBe(verdict);
  });
});
