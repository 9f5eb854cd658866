import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { findNumbersInBackground } from '../../../entrypoints/content/find-numbers';
import { USER_TIMING, type FindDetail } from '../../../lib/user-timing';
import { FIND_LIMITS } from '../../../lib/messages';
import { findNumbersIn } from '../../../lib/phone/detect';

const TEXTS = ['Call (415) 555-0132 ext. 204', 'Invoice #4155552671', 'Mobile: +44 20 7946 0958'];
const HERE = findNumbersIn(TEXTS, 'US');
const FROM_BACKGROUND = [[{ start: 5, end: 19, e164: '+14155550199' }], [], []];

/** What the background answers to the one message it gets, and what the search returned. */
async function search(answer: unknown, texts = TEXTS) {
  const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => answer);
  const found = await findNumbersInBackground(texts, Promise.resolve('US'));
  const [measure] = performance.getEntriesByName(USER_TIMING.find) as PerformanceMeasure[];
  return { found, messages: sendMessage.mock.calls.map(([message]) => message), detail: measure?.detail as FindDetail | undefined };
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  performance.clearMeasures();
});

describe('findNumbersInBackground', () => {
  it('sends the texts in one message and takes a well-formed answer', async () => {
    const { found, messages, detail } = await search({ ok: true, result: FROM_BACKGROUND });
    expect(messages).toEqual([{ type: 'findNumbers', data: { texts: TEXTS } }]);
    expect(found).toEqual(FROM_BACKGROUND);
    expect(detail).toEqual({ texts: 3, searched: 'background' });
  });

  it.each<[string, unknown]>([
    ['an error reply', { ok: false, error: { kind: 'validation', code: 'Forbidden', messageKey: 'error.forbidden' } }],
    ['no reply (the worker went away)', undefined],
    ['one list too few', { ok: true, result: FROM_BACKGROUND.slice(1) }],
    ['a range outside its text', { ok: true, result: [[{ start: 5, end: 99, e164: '+14155550132' }], [], []] }],
    ['something that is not a number', { ok: true, result: [[{ start: 5, end: 19, e164: 'javascript:alert(1)' }], [], []] }],
  ])('searches in the page after %s', async (_, answer) => {
    const { found, messages, detail } = await search(answer);
    expect(messages).toHaveLength(1);
    expect(found).toEqual(HERE);
    expect(detail).toEqual({ texts: 3, searched: 'page' });
  });

  it('searches a batch too long for one message in the page, without sending it', async () => {
    const texts = [...TEXTS, ' '.repeat(FIND_LIMITS.chars)];
    const { found, messages, detail } = await search({ ok: true, result: [] }, texts);
    expect(messages).toEqual([]);
    expect(found).toEqual([...HERE, []]);
    expect(detail).toEqual({ texts: 4, searched: 'page' });
  });
});
