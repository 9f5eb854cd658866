/**
 * The reference point: libphonenumber-js `findNumbers` (default, i.e. min, metadata: what
 * ringcentral-c2d uses) over every text node of the body, no DOM writes. What detection alone
 * costs when every node is handed to libphonenumber.
 */
import { findNumbers, type CountryCode } from 'libphonenumber-js';
import { rowOf } from './row';
import type { Found } from './types';

const found: Found[] = [];

window.__benchTool = {
  start(country) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
      for (const match of findNumbers(text.data, { defaultCountry: country as CountryCode, v2: true })) {
        found.push([rowOf(text), match.number.number, text.data.slice(match.startsAt, match.endsAt)]);
      }
    }
  },
  idle: () => Promise.resolve(),
  count: () => found.length,
  found: () => found,
};
