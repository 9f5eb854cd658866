import { browser } from '#imports';
import { refreshCall } from '../calls/refresh';
import { activeCallItem } from '../calls/active';
import { isLive } from '../calls/model';
import { settingsAndSecrets } from '../settings/effective';
import { showOnBadge } from './badge';

// Polls the live call about once a second, backing off on errors. The timer dies with the
// service worker; the alarm (every 30 s, the shortest Chrome allows) and the start-up call to
// `resumePolling` bring it back, reading the call from storage.session.

const ALARM = 'switchboard-poll';
const INTERVAL_MS = 1000;
const MAX_BACKOFF_MS = 15_000;

let timer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;

async function tick(): Promise<void> {
  timer = undefined;
  const call = await activeCallItem.getValue();
  if (!isLive(call)) return stopPolling();
  void showOnBadge(call).catch(() => undefined); // the connected minutes move on without a state change
  try {
    const [settings, secrets] = await settingsAndSecrets();
    const next = await refreshCall(call, settings, secrets);
    // The agent may have hung up or dialled again meanwhile: only write over the same call.
    if ((await activeCallItem.getValue())?.clickId === call.clickId && next !== call) {
      await activeCallItem.setValue(next);
    }
    failures = 0;
    if (!isLive(next)) return stopPolling();
  } catch {
    failures++;
  }
  schedule(Math.min(INTERVAL_MS * 2 ** failures, MAX_BACKOFF_MS));
}

function schedule(delay: number): void {
  if (timer === undefined) timer = setTimeout(() => void tick(), delay);
}

export function startPolling(): void {
  failures = 0;
  void browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
  schedule(INTERVAL_MS);
}

export function stopPolling(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  void browser.alarms.clear(ALARM);
}

/** After a service-worker restart or an alarm: poll again if a call is still live. */
export async function resumePolling(): Promise<void> {
  if (isLive(await activeCallItem.getValue())) schedule(0);
  else stopPolling();
}

export const isPollAlarm = (name: string): boolean => name === ALARM;
