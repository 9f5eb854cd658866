import type { MessageType } from './messages';
import { CONTENT_SCRIPT_MESSAGES } from './messages';

/** The parts of `runtime.MessageSender` the background decides on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
  frameId?: number;
}

export interface SenderPolicy {
  extensionId: string;
  /** `runtime.getURL('')`: extension pages live under it. */
  extensionOrigin: string;
  /** Whether Switchboard is enabled on a page's origin. */
  isSiteEnabled(origin: string): Promise<boolean>;
}

export type SenderVerdict = 'extensionPage' | 'contentScript' | 'rejected';

/**
 * Decides who may send `type`. Extension pages may send anything; our own content scripts
 * only what CONTENT_SCRIPT_MESSAGES lists, and only from sites the agent enabled. Anything
 * else (another extension, a page, a disabled site) is rejected.
 */
export async function checkSender(
  sender: SenderInfo,
  type: MessageType,
  policy: SenderPolicy,
): Promise<SenderVerdict> {
  if (sender.id !== policy.extensionId || !sender.url) return 'rejected';
  if (sender.url.startsWith(policy.extensionOrigin)) return 'extensionPage';
  if (!sender.tab || !CONTENT_SCRIPT_MESSAGES.includes(type)) return 'rejected';
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return 'rejected';
  }
  return (await policy.isSiteEnabled(origin)) ? 'contentScript' : 'rejected';
}
