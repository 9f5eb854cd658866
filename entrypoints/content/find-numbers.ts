import { charsIn, FIND_LIMITS } from '../../lib/messages';
import { isAnswerFor, type FindNumbers } from '../../lib/page/detection';
import { findNumbersIn, type CountryCode } from '../../lib/phone/detect';
import { send } from '../../lib/ui/send';
import { USER_TIMING, type FindDetail } from '../../lib/user-timing';

/**
 * The scanner's search for large batches, done by the background (lib/page/detection.ts says
 * why) by the country in force, which `country` resolves to once the page settings are here.
 * Without an answer it can use (the background being updated, or a text too long for one
 * message) the texts are searched here: slower for the page, but nothing is missed.
 */
export async function findNumbersInBackground(texts: string[], country: Promise<CountryCode>): ReturnType<FindNumbers> {
  const start = performance.now();
  const measure = (searched: FindDetail['searched']) =>
    performance.measure(USER_TIMING.find, { start, detail: { texts: texts.length, searched } satisfies FindDetail });
  if (charsIn(texts) <= FIND_LIMITS.chars) {
    const reply = await send('findNumbers', { texts });
    if (reply.ok && isAnswerFor(texts, reply.result)) {
      measure('background');
      return reply.result;
    }
  }
  const found = findNumbersIn(texts, await country);
  measure('page');
  return found;
}
