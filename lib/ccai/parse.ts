// Reading CCAI Platform response bodies: check just enough to use them safely.
import type { CcaiCall, CustomerFlags } from './types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The body as JSON, `undefined` when empty; throws SyntaxError when it is not JSON. */
export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text.trim() === '' ? undefined : JSON.parse(text);
}

/** The `message` of a `{"message": "..."}` error body, if there is one. */
export function readMessage(body: unknown): string | undefined {
  return isObject(body) && typeof body.message === 'string' && body.message.trim() ? body.message : undefined;
}

export function readCall(body: unknown): CcaiCall | undefined {
  const ok = isObject(body) && Number.isSafeInteger(body.id) && typeof body.status === 'string';
  return ok ? (body as CcaiCall) : undefined;
}

// The seed shows the flags as the strings "boolean", so strings are read too; null = never set.
function readFlag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === null) return false;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

/** Flags from GET /calls/:id/customer_flag; `undefined` when the body is not flags. */
export function readCustomerFlags(body: unknown): CustomerFlags | undefined {
  if (!isObject(body)) return undefined;
  const flags = {
    verified_customer: readFlag(body.verified_customer),
    bad_actor: readFlag(body.bad_actor),
    // The seed's PATCH example spells it `repeat_customers`; accept both.
    repeat_customer: readFlag('repeat_customer' in body ? body.repeat_customer : body.repeat_customers),
  };
  return Object.values(flags).every((flag) => flag !== undefined) ? (flags as CustomerFlags) : undefined;
}
