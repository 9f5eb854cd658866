import { describe, expect, it } from 'vitest';
import type { MessageType } from '../../../lib/messages';
import { checkSender, type SenderInfo } from '../../../lib/sender';

// Who may ask the background for what (security checklist A1): every reject path.

const policy = {
  extensionId: 'ours',
  extensionOrigin: 'chrome-extension://ours/',
  isSiteEnabled: async (origin: string) => origin === 'https://acme.zendesk.com',
};
const tab = { id: 1 };
const crm = 'https://acme.zendesk.com/agent/tickets/1';

describe('checkSender', () => {
  it.each<[string, SenderInfo, MessageType, string]>([
    ['the popup asking anything', { id: 'ours', url: 'chrome-extension://ours/popup.html' }, 'saveSecrets', 'extensionPage'],
    ['our content script dialling on an enabled site', { id: 'ours', url: crm, tab }, 'dial', 'contentScript'],
    ['our content script asking its page settings', { id: 'ours', url: crm, tab }, 'getPageConfig', 'contentScript'],
    ['our content script asking for secrets', { id: 'ours', url: crm, tab }, 'getSecretPresence', 'rejected'],
    ['our content script setting flags', { id: 'ours', url: crm, tab }, 'setCustomerFlags', 'rejected'],
    ['our content script testing a connection with its own settings', { id: 'ours', url: crm, tab }, 'testConnection', 'rejected'],
    ['our content script on a site the agent did not enable', { id: 'ours', url: 'https://evil.example/', tab }, 'dial', 'rejected'],
    ['another extension', { id: 'theirs', url: 'chrome-extension://theirs/page.html' }, 'dial', 'rejected'],
    ['another extension posing as one of our pages', { id: 'theirs', url: 'chrome-extension://ours/popup.html' }, 'dial', 'rejected'],
    ['a sender without a URL', { id: 'ours', tab }, 'dial', 'rejected'],
    ['a page frame of ours without a tab (not a content script)', { id: 'ours', url: crm }, 'dial', 'rejected'],
    ['a content script on an unparseable URL', { id: 'ours', url: 'not a url', tab }, 'dial', 'rejected'],
  ])('%s', async (_name, sender, type, verdict) => {
    expect(await checkSender(sender, type, policy)).toBe(verdict);
  });
});
