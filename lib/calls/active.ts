import { storage } from '#imports';
import { SwitchboardError } from '../errors';
import { isLive, type CallRecord } from './model';
import { createSerial } from './serial';

// The active call lives in storage.session: it survives the service worker being stopped,
// every tab and the popup read the same record, and it is gone when the browser closes.
export const activeCallItem = storage.defineItem<CallRecord | null>('session:activeCall', {
  fallback: null,
});

/** Clicks already handled in this browser session, so a repeated message places nothing. */
const handledClicksItem = storage.defineItem<string[]>('session:handledClicks', { fallback: [] });
const HANDLED_CLICKS_KEPT = 50;

/** Run `task` after every earlier one: two dial messages can never interleave their checks. */
export const serialized = createSerial();

const refuse = (code: string, messageKey: string): never => {
  throw new SwitchboardError({ kind: 'validation', code, messageKey });
};

/**
 * Claim the line for `clickId`: refuses a click seen before and any click while a call is
 * live. Call inside `serialized`.
 */
export async function claimLine(clickId: string): Promise<void> {
  const handled = await handledClicksItem.getValue();
  if (handled.includes(clickId)) refuse('DuplicateClick', 'dial.duplicateClick');
  if (isLive(await activeCallItem.getValue())) refuse('CallActive', 'dial.callActive');
  await handledClicksItem.setValue([...handled, clickId].slice(-HANDLED_CLICKS_KEPT));
}
