import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../lib/messages-schema';
import type { MessageType } from '../../../lib/messages';
import { checkSender } from '../../../lib/sender';

const ID = '6f1c2d3e-0000-4000-8000-000000000001';
const policy = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', isSiteEnabled: async () => true };
const page = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const content = { id: 'ext', url: 'https://acme.zendesk.com/agent/tickets/1', tab: {} };

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
  ])('%s %o accepted: %s', (type, data, accepted) => {
    expect(parseMessage({ type, data }) !== undefined).toBe(accepted);
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
