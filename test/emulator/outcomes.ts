// Test-control convention: the last four digits of a callee choose how a call ends.
// `0NNN` where NNN is a TCCC EndStatus below: the call fails that way (CCAI: status `failed`
// with the matching fail_reason). Any other number is answered and talks until the customer
// hangs up. The same table drives TCCC calls, auto-callout callees and CCAI end users.

export interface Outcome {
  endStatus: number;
  /** Who ended it, as TCCC's `HungUpSide`. */
  side: 'seat' | 'user' | 'system';
  /** `agent`: ends while the agent's phone rings; `customer`: while the customer's rings. */
  stage: 'agent' | 'customer';
  ccaiFailReason: string;
}

// From TelCdrInfo.EndStatus in ccc-2020-02-10.api.json.
export const END_STATUS: Record<number, string> = {
  1: 'ok', 102: 'ivrGiveUp', 103: 'waitingGiveUp', 104: 'ringingGiveUp', 105: 'noSeatOnline',
  106: 'notWorkTime', 107: 'ivrEnd', 202: 'notAnswer', 203: 'userReject', 204: 'powerOff',
  205: 'numberNotExist', 206: 'busy', 209: 'callerCancel', 211: 'clientError',
};

// fail_reason values from Google's CCAI Platform "reason codes" page.
const FAILURES: Record<string, Outcome> = {
  '0202': { endStatus: 202, side: 'system', stage: 'customer', ccaiFailReason: 'expired' },
  '0203': { endStatus: 203, side: 'user', stage: 'customer', ccaiFailReason: 'eu_rejected' },
  '0204': { endStatus: 204, side: 'system', stage: 'customer', ccaiFailReason: 'unknown' },
  '0205': { endStatus: 205, side: 'system', stage: 'customer', ccaiFailReason: 'unknown' },
  '0206': { endStatus: 206, side: 'system', stage: 'customer', ccaiFailReason: 'eu_busy' },
  '0209': { endStatus: 209, side: 'seat', stage: 'agent', ccaiFailReason: 'unknown' },
  '0211': { endStatus: 211, side: 'seat', stage: 'agent', ccaiFailReason: 'unknown' },
};

/** The failure a number asks for, or undefined for a normal, answered call. */
export function failureFor(number: string): Outcome | undefined {
  return FAILURES[number.replace(/\D/g, '').slice(-4)];
}

/** Callee suffix table lookup (longest configured suffix wins). */
export function calleeError(table: Record<string, string>, number: string): string | undefined {
  const digits = number.replace(/\D/g, '');
  const suffix = Object.keys(table).filter((s) => digits.endsWith(s)).sort((a, b) => b.length - a.length)[0];
  return suffix === undefined ? undefined : table[suffix];
}
