// The emulator's admin API (test/emulator/README.md), for tests that move calls by hand.

const post = async (url: string, body?: object) => {
  const response = await fetch(url, { method: 'POST', ...(body && { body: JSON.stringify(body) }) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
};

export const resetEmulator = (emulatorUrl: string) => post(`${emulatorUrl}/__emulator/reset`);

/** Move the call clock (manual-clock emulators only). */
export const advance = (emulatorUrl: string, ms: number) => post(`${emulatorUrl}/__emulator/advance`, { ms });

/** Fail the next request whose TCCC action or CCAI `METHOD /path` contains `match`. */
export const failNext = (emulatorUrl: string, failure: { provider: 'tccc' | 'ccai'; match: string; status?: number; message?: string }) =>
  post(`${emulatorUrl}/__emulator/fail-next`, failure);

export interface EmulatorCalls {
  tccc: { SessionID: string; SessionStatus: string; EndStatus?: number }[];
  ccai: { id: number; status: string; flags: Record<string, boolean> }[];
}

export async function emulatorCalls(emulatorUrl: string): Promise<EmulatorCalls> {
  return (await fetch(`${emulatorUrl}/__emulator/calls`)).json() as Promise<EmulatorCalls>;
}
