import { browser } from '#imports';
import type { ErrorInfo } from '../errors';
import type { MessageType, Protocol, Reply } from '../messages';

const NO_BACKGROUND: ErrorInfo = { kind: 'network', code: 'NoBackground', messageKey: 'ui.error.noBackground' };

/** Send one protocol message; a missing or malformed reply becomes an error reply, never a throw. */
export async function send<T extends MessageType>(type: T, data: Protocol[T]['data']): Promise<Reply<T>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type, data });
    if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as Reply<T>;
  } catch {
    // The service worker failed to answer; the agent gets the same text either way.
  }
  return { ok: false, error: NO_BACKGROUND };
}
