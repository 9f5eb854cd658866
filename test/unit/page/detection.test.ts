// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createDetection, isAnswerFor } from '../../../lib/page/detection';
import type { FoundNumber } from '../../../lib/phone/detect';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const CALL = 'Call (415) 555-0132';
const NUMBER: FoundNumber = { start: 5, end: 19, e164: '+14155550132' };

/** A detection whose `find` answers only when the test says so; `reports` is what `found` got. */
function fakeDetection() {
  const batches: { resolve(results: FoundNumber[][]): void; reject(error: Error): void }[] = [];
  const find = vi.fn((_texts: string[]) => new Promise<FoundNumber[][]>((resolve, reject) => batches.push({ resolve, reject })));
  const findHere = vi.fn((texts: string[]): FoundNumber[][] | undefined => texts.map((data) => (data === CALL ? [NUMBER] : [])));
  const reports: { text: Text; data: string; numbers: readonly FoundNumber[] }[] = [];
  // How many reports there were each time an answer was done with.
  const answered: number[] = [];
  const detection = createDetection({
    find,
    findHere,
    found: (text, data, numbers) => reports.push({ text, data, numbers }),
    answered: () => answered.push(reports.length),
  });
  /** Answers batch `i` (or fails it) and lets the answer through. */
  const answer = (i: number, results: FoundNumber[][]) => (batches[i]!.resolve(results), tick());
  const fail = (i: number) => (batches[i]!.reject(new Error('no background')), tick());
  return { detection, find, findHere, reports, answered, answer, fail };
}

const text = (data: string) => document.createTextNode(data);

describe('createDetection: answered', () => {
  it('comes once per answer from find, after all of its texts are reported; not for a failed batch or a search here', async () => {
    const { detection, answered, answer, fail } = fakeDetection();
    for (let i = 0; i < 250; i++) detection.add(text(CALL));
    for (let i = 0; i < 250; i++) detection.add(text(CALL));
    await answer(0, Array.from({ length: 250 }, () => [NUMBER]));
    expect(answered).toEqual([250]);
    await fail(1);
    detection.add(text(CALL));
    detection.endRead(true);
    expect(answered).toEqual([250]);
  });
});

describe('isAnswerFor', () => {
  const texts = [CALL, 'none'];
  const withNumber = (number: unknown) => [[number], []];

  it.each<[string, unknown, boolean]>([
    ['a number in the first text, none in the second', withNumber(NUMBER), true],
    ['no numbers at all', [[], []], true],
    ['a number with an extension', withNumber({ ...NUMBER, extension: '204' }), true],
    ['a ten-digit extension', withNumber({ ...NUMBER, extension: '1234567890' }), true],
    ['the shortest E.164 (7 digits)', withNumber({ ...NUMBER, e164: '+1234567' }), true],
    ['the longest E.164 (15 digits)', withNumber({ ...NUMBER, e164: '+123456789012345' }), true],
    ['a number covering the whole text', withNumber({ ...NUMBER, start: 0 }), true],
    ['one list for two texts', [[NUMBER]], false],
    ['three lists for two texts', [[NUMBER], [], []], false],
    ['no lists for two texts', [], false],
    ['a negative start', withNumber({ ...NUMBER, start: -1 }), false],
    ['an end past the text', withNumber({ ...NUMBER, end: CALL.length + 1 }), false],
    ['an end past its own text (in range of another)', [[], [{ ...NUMBER, start: 0, end: 5 }]], false],
    ['start equal to end', withNumber({ ...NUMBER, end: 5 }), false],
    ['start after end', withNumber({ ...NUMBER, start: 10, end: 5 }), false],
    ['a fractional start', withNumber({ ...NUMBER, start: 5.5 }), false],
    ['a start given as a string', withNumber({ ...NUMBER, start: '5' }), false],
    ['a NaN end', withNumber({ ...NUMBER, end: Number.NaN }), false],
    ['a missing end', withNumber({ start: 5, e164: NUMBER.e164 }), false],
    ['an E.164 without its plus', withNumber({ ...NUMBER, e164: '14155550132' }), false],
    ['an E.164 starting with 0', withNumber({ ...NUMBER, e164: '+04155550132' }), false],
    ['an E.164 of 6 digits', withNumber({ ...NUMBER, e164: '+123456' }), false],
    ['an E.164 of 16 digits', withNumber({ ...NUMBER, e164: '+1234567890123456' }), false],
    ['a formatted E.164', withNumber({ ...NUMBER, e164: '+1 415 555 0132' }), false],
    ['an E.164 given as a number', withNumber({ ...NUMBER, e164: 14155550132 }), false],
    ['an empty extension', withNumber({ ...NUMBER, extension: '' }), false],
    ['an eleven-digit extension', withNumber({ ...NUMBER, extension: '12345678901' }), false],
    ['an extension with its label', withNumber({ ...NUMBER, extension: 'x204' }), false],
    ['an extension given as a number', withNumber({ ...NUMBER, extension: 204 }), false],
    ['a null number', withNumber(null), false],
    ['an undefined number', withNumber(undefined), false],
    ['a number given as a string', withNumber('+14155550132'), false],
    ['a null list', [null, []], false],
    ['a number where a list should be', [NUMBER, []], false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['an object', { 0: [], 1: [], length: 2 }, false],
    ['a string', 'oops', false],
  ])('%s', (_name, results, valid) => {
    expect(isAnswerFor(texts, results)).toBe(valid);
  });
});

describe('batches', () => {
  // Each text's data starts with its index so the order sent can be checked.
  it.each<[string, number[], number[]]>([
    ['249 short texts stay queued', Array(249).fill(12), []],
    ['the 250th text sends all 250', Array(250).fill(12), [250]],
    ['the 251st text waits for the next batch', Array(251).fill(12), [250]],
    ['500 texts go as two batches', Array(500).fill(12), [250, 250]],
    ['49,999 characters stay queued', [49_999], []],
    ['a text of 50,000 characters goes at once', [50_000], [1]],
    ['a text over 50,000 characters goes at once', [80_000], [1]],
    ['texts adding up to 50,000 characters go together', [20_000, 20_000, 10_000], [3]],
    ['characters count from zero after a send', [50_000, 49_999], [1]],
  ])('%s', (_name, lengths, sent) => {
    const { detection, find } = fakeDetection();
    const data = lengths.map((length, i) => `${i}:`.padEnd(length, ' '));
    for (const d of data) detection.add(text(d));
    expect(find.mock.calls.map(([texts]) => texts.length)).toEqual(sent);
    expect(find.mock.calls.flatMap(([texts]) => texts)).toEqual(data.slice(0, sent.reduce((a, b) => a + b, 0)));
  });

  it('send sends what is queued, in order, once', () => {
    const { detection, find } = fakeDetection();
    for (const d of ['a 1', 'b 2', 'c 3']) detection.add(text(d));
    detection.send();
    detection.send();
    expect(find.mock.calls).toEqual([[['a 1', 'b 2', 'c 3']]]);
  });

  it('send and endRead with nothing queued ask nothing', () => {
    const { detection, find, findHere } = fakeDetection();
    detection.send();
    detection.endRead(true);
    for (let i = 0; i < 250; i++) detection.add(text(`${i}`));
    detection.send();
    expect(find).toHaveBeenCalledTimes(1);
    expect(findHere).not.toHaveBeenCalled();
    expect(detection.busy()).toBe(true);
  });
});

describe('results', () => {
  it('reports each text with the data that was sent and its own numbers', async () => {
    const { detection, answer, reports } = fakeDetection();
    const texts = [text(CALL), text('none'), text(`Fax: ${CALL}`)];
    for (const t of texts) detection.add(t);
    detection.send();
    texts[0]!.data = 'changed while searched';
    await answer(0, [[NUMBER], [], [{ ...NUMBER, start: 10, end: 24 }]]);
    expect(reports).toEqual([
      { text: texts[0], data: CALL, numbers: [NUMBER] },
      { text: texts[1], data: 'none', numbers: [] },
      { text: texts[2], data: `Fax: ${CALL}`, numbers: [{ ...NUMBER, start: 10, end: 24 }] },
    ]);
    reports.forEach((r, i) => expect(r.text).toBe(texts[i])); // the same nodes, not equal ones
  });

  it('reports nothing for a batch that failed, and still reports the others', async () => {
    const { detection, answer, fail, reports } = fakeDetection();
    const [lost, kept] = [text(CALL), text(`Fax: ${CALL}`)];
    detection.add(lost);
    detection.send();
    detection.add(kept);
    detection.send();
    await fail(0);
    await answer(1, [[{ ...NUMBER, start: 10, end: 24 }]]);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.text).toBe(kept);
  });
});

describe('small jobs when a read slice ends', () => {
  it.each<[string, { texts: number; last: boolean; out: boolean }, 'here' | 'find' | 'kept']>([
    ['150 texts are searched here', { texts: 150, last: true, out: false }, 'here'],
    ['151 texts go to find', { texts: 151, last: true, out: false }, 'find'],
    ['a text goes to find while a batch is out', { texts: 1, last: true, out: true }, 'find'],
    ['a text goes to find while a batch is out and reading goes on', { texts: 1, last: false, out: true }, 'find'],
    ['150 texts are kept while reading goes on', { texts: 150, last: false, out: false }, 'kept'],
    ['151 texts go to find while reading goes on', { texts: 151, last: false, out: false }, 'find'],
  ])('%s', (_name, { texts, last, out }, where) => {
    const { detection, find, findHere, reports } = fakeDetection();
    if (out) {
      detection.add(text('out'));
      detection.send();
    }
    const added = Array.from({ length: texts }, () => text(CALL));
    for (const t of added) detection.add(t);
    detection.endRead(last);
    expect(find).toHaveBeenCalledTimes(Number(out) + Number(where === 'find'));
    expect(findHere).toHaveBeenCalledTimes(Number(where === 'here'));
    expect(reports).toHaveLength(where === 'here' ? texts : 0);
    expect(detection.isSent(added[0]!)).toBe(where !== 'here');
  });

  it('searches here a job whose reading took several slices, if it stays small', () => {
    const { detection, find, findHere, reports } = fakeDetection();
    for (let slice = 0; slice < 3; slice++) {
      for (let i = 0; i < 50; i++) detection.add(text(CALL));
      detection.endRead(slice === 2);
    }
    expect(find).not.toHaveBeenCalled();
    expect(findHere).toHaveBeenCalledTimes(1);
    expect(reports).toHaveLength(150);
  });

  it('sends a job kept while reading went on once it grows past a small one', () => {
    const { detection, find, findHere } = fakeDetection();
    for (let i = 0; i < 100; i++) detection.add(text(CALL));
    detection.endRead(false);
    for (let i = 0; i < 100; i++) detection.add(text(CALL));
    detection.endRead(false);
    expect(find.mock.calls.map(([texts]) => texts.length)).toEqual([200]);
    expect(findHere).not.toHaveBeenCalled();
  });

  it('keeps a small job that cannot be searched here yet (no country) until reading ends again', () => {
    const { detection, find, findHere, reports } = fakeDetection();
    findHere.mockReturnValueOnce(undefined);
    const texts = [text(CALL), text(CALL)];
    for (const t of texts) detection.add(t);
    detection.endRead(true);
    expect([find.mock.calls.length, reports.length, detection.isSent(texts[0]!)]).toEqual([0, 0, true]);
    detection.add(text('none')); // the page adds a text meanwhile
    detection.endRead(true);
    expect(find).not.toHaveBeenCalled();
    expect(findHere).toHaveBeenLastCalledWith([CALL, CALL, 'none']);
    expect(reports.map((r) => r.numbers)).toEqual([[NUMBER], [NUMBER], []]);
    expect(detection.isSent(texts[0]!)).toBe(false);
  });

  it('reports what was searched here at once, and those texts are no longer sent', () => {
    const { detection, reports } = fakeDetection();
    const texts = [text(CALL), text('none')];
    for (const t of texts) detection.add(t);
    detection.endRead(true);
    expect(reports).toEqual([
      { text: texts[0], data: CALL, numbers: [NUMBER] },
      { text: texts[1], data: 'none', numbers: [] },
    ]);
    reports.forEach((r, i) => expect(r.text).toBe(texts[i]));
    expect([detection.isSent(texts[0]!), detection.isSent(texts[1]!), detection.busy()]).toEqual([false, false, false]);
  });
});

describe('isSent', () => {
  it('is true while a text waits or is searched, false once answered', async () => {
    const { detection, answer } = fakeDetection();
    const t = text(CALL);
    expect(detection.isSent(t)).toBe(false);
    detection.add(t);
    expect(detection.isSent(t)).toBe(true);
    detection.send();
    expect(detection.isSent(t)).toBe(true);
    await answer(0, [[NUMBER]]);
    expect(detection.isSent(t)).toBe(false);
  });

  it('is false once a failed search settles, so the text can be looked at again', async () => {
    const { detection, fail } = fakeDetection();
    const t = text(CALL);
    detection.add(t);
    detection.send();
    await fail(0);
    expect(detection.isSent(t)).toBe(false);
  });

  it('is false for a text whose data changed, waiting or searched', () => {
    const { detection } = fakeDetection();
    const [waiting, searched] = [text(CALL), text(CALL)];
    detection.add(searched);
    detection.send();
    detection.add(waiting);
    waiting.data = 'edited';
    searched.data = 'edited';
    expect([detection.isSent(waiting), detection.isSent(searched)]).toEqual([false, false]);
  });

  it('is about the node: another text with the same data is not sent', () => {
    const { detection } = fakeDetection();
    detection.add(text(CALL));
    expect(detection.isSent(text(CALL))).toBe(false);
  });

  it('stays true for new data sent while the old data was searched', async () => {
    const { detection, answer } = fakeDetection();
    const t = text(CALL);
    detection.add(t);
    detection.send();
    t.data = `Fax: ${CALL}`;
    detection.add(t);
    detection.send();
    await answer(0, [[NUMBER]]);
    expect(detection.isSent(t)).toBe(true);
    await answer(1, [[{ ...NUMBER, start: 10, end: 24 }]]);
    expect(detection.isSent(t)).toBe(false);
  });
});

describe('busy and idle', () => {
  it('idle resolves at once when nothing is out, even with texts queued', async () => {
    const { detection, find } = fakeDetection();
    detection.add(text(CALL));
    expect(detection.busy()).toBe(false);
    await detection.idle();
    expect(find).not.toHaveBeenCalled();
  });

  it.each<[string, 'answer' | 'fail']>([
    ['answered', 'answer'],
    ['failed', 'fail'],
  ])('idle waits until every batch out has %s', async (_name, outcome) => {
    const { detection, answer, fail } = fakeDetection();
    const settle = (i: number) => (outcome === 'answer' ? answer(i, [[]]) : fail(i));
    for (const data of ['first', 'second']) {
      detection.add(text(data));
      detection.send();
    }
    let idle = false;
    void detection.idle().then(() => (idle = true));
    await tick();
    expect([idle, detection.busy()]).toEqual([false, true]);
    await settle(0);
    expect([idle, detection.busy()]).toEqual([false, true]);
    await settle(1);
    expect([idle, detection.busy()]).toEqual([true, false]);
  });
});
