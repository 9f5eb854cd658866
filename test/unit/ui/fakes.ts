import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../lib/background/handlers';
import { setLocale } from '../../../lib/i18n';
import { parseMessage } from '../../../lib/messages-schema';

/** fakeBrowser has no permissions API: an in-memory one whose prompts answer `grant`. */
export function fakePermissions(grant = true) {
  const granted = new Set<string>();
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    if (grant) origins.forEach((origin) => granted.add(origin));
    return grant;
  });
  const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    origins.forEach((origin) => granted.delete(origin));
    return true;
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.has(origin)),
  );
  return { granted, request, remove };
}

/**
 * Answer runtime messages with the real background handlers, as the service worker would for
 * an extension page (no sender checks: those have their own tests).
 */
export function fakeBackground() {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => {
    const message = parseMessage(raw);
    return message ? handleMessage(message) : { ok: false, error: { kind: 'validation', code: 'BadMessage', messageKey: 'error.badMessage' } };
  });
}

/** For an options-page test file: empty storage and the real background before each test; default locale and no spies after. */
export function useOptionsPage() {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBackground();
  });
  afterEach(() => {
    setLocale(undefined);
    vi.restoreAllMocks();
  });
}
