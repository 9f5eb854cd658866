/**
 * Rejections that need the text around a match, which libphonenumber does not look at:
 * the number is really an identifier (`INV-2024-000123`, `Invoice #4155552671`, `Order no.
 * 4155552671`). Also picks up extensions the library does not know (`*227`, Chinese 转/分机).
 */
import { isGluedToIdentifier, isLatinLetterCode } from './prefilter';

// Labels that name an identifier, right before the digits. "Caller ID" names a phone number.
const ID_LABEL =
  /(?:^|[^\p{L}\p{N}])(?:invoice|inv|order|ord|ref|reference|ticket|case|account|acct|po|sku|tracking|serial|s\/n|sn|txn|transaction|confirmation|booking|reservation|isbn|issn|ean|upc|(?<!caller[\s-]?)id|vat|tax|iban|imei|policy|claim)\.?\s*(?:no\.?|nr\.?|num\.?|number|id)?\s*[:#.]?\s*$|(?:订单|发票|单号|编号|工单|账号|帐号|身份证|快递|流水)(?:号码|号|號碼|號)?\s*[:：#]?\s*$/iu;

const EXTENSION_AFTER = /^[ \u00A0]*(?:\*|转|轉|分机|分機)[ \u00A0]*(\d{1,6})(?!\d)/;

function isGluedAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === 0x5f /* _ */) return true;
  const after = text.charCodeAt(end + 1);
  return next === 0x2d /* - */ && (after === 0x5f || isLatinLetterCode(after));
}

export function isIdentifierContext(text: string, start: number, end: number): boolean {
  return (
    isGluedToIdentifier(text, start) ||
    isGluedAfter(text, end) ||
    ID_LABEL.test(text.slice(Math.max(0, start - 40), start))
  );
}

/** An extension written after the number in a form libphonenumber does not parse. */
export function extensionAfter(text: string, end: number): { extension: string; end: number } | undefined {
  const found = EXTENSION_AFTER.exec(text.slice(end, end + 16));
  return found ? { extension: found[1]!, end: end + found[0].length } : undefined;
}
