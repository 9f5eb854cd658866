/**
 * The ticket's customer number, read only inside the customer's own card: the comment
 * stream quotes other people's numbers, and the agent's own number is never the customer's.
 */
import { findPhoneNumbers, type CountryCode, type PhoneNumberInfo } from '../../phone/detect';
import { isTelHref, parseTelHref } from '../../phone/tel-uri';
import { textOf } from './text';

// Labels CRMs put next to a contact's number ("Phone", "Mobile phone", "Téléphone", 电话).
const LABEL =
  /^(?:(?:contact|customer|caller|requester|work|home|business|office|direct|mobile|cell)\s+)?(?:phone(?:\s+number)?|mobile(?:\s+phone)?|telephone|tel\.?|cell(?:\s+phone)?|contact\s+number)\s*:?$|^(?:t[ée]l[ée]phone|telefon|tel[ée]fono|m[óo]vil|portable|handy|cellulare|(?:联系)?(?:电话|手机)(?:号码)?)\s*[:：]?$/i;
// A hostile page can make a card arbitrarily large; a real one has a few dozen elements.
const MAX_ELEMENTS = 2000;

function telLinkIn(root: Element, country: CountryCode): PhoneNumberInfo | undefined {
  const links = root.matches('a[href]') ? [root] : root.querySelectorAll('a[href]');
  for (const link of Array.from(links).slice(0, MAX_ELEMENTS)) {
    const href = link.getAttribute('href');
    const number = isTelHref(href) ? parseTelHref(href.slice(0, 100), country) : undefined;
    if (number) return number;
  }
  return undefined;
}

const numberIn = (el: Element | null | undefined, country: CountryCode) => findPhoneNumbers(textOf(el, 100), country)[0];

function labelledIn(root: Element, country: CountryCode): PhoneNumberInfo | undefined {
  for (const el of Array.from(root.querySelectorAll('*')).slice(0, MAX_ELEMENTS)) {
    if (el.childElementCount || !LABEL.test(textOf(el, 40))) continue;
    const number = numberIn(el.nextElementSibling, country) ?? numberIn(el.parentElement?.nextElementSibling, country);
    if (number) return number;
  }
  return undefined;
}

/** The number an element holds: a `tel:` link in it, else the first number in its text. */
export function phoneIn(el: Element | null | undefined, country: CountryCode): PhoneNumberInfo | undefined {
  return el ? (telLinkIn(el, country) ?? numberIn(el, country)) : undefined;
}

/** The customer's number in their card(s): the value next to a phone label, else a `tel:` link. */
export function customerPhone(cards: Iterable<Element | null | undefined>, country: CountryCode): PhoneNumberInfo | undefined {
  for (const card of cards) {
    const number = card && (labelledIn(card, country) ?? telLinkIn(card, country));
    if (number) return number;
  }
  return undefined;
}

/** The TicketInfo fields for a customer number. */
export const customerFields = (number: PhoneNumberInfo | undefined) =>
  number ? { customerE164: number.e164, ...(number.extension ? { customerExtension: number.extension } : {}) } : {};
