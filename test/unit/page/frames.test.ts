// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { numbersIn, start } from './harness';

// happy-dom loads srcdoc frames (same-origin) but no URLs.
async function frameWith(html: string, parent: Node = document.body): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  parent.appendChild(frame);
  await loaded;
  return frame;
}

describe('startScanner: same-origin frames', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('decorates a same-origin frame, follows its changes, and its next document after a load', async () => {
    const frame = await frameWith('<p>(415) 555-0132</p>');
    const { controller, settle } = await start();
    expect(numbersIn(frame.contentDocument!)).toEqual(['+14155550132']);

    frame.contentDocument!.body.insertAdjacentHTML('beforeend', '<p>+44 20 7946 0958</p>');
    await settle();
    expect(numbersIn(frame.contentDocument!)).toEqual(['+14155550132', '+442079460958']);

    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = '<p>650-253-0000</p>';
    await reloaded;
    await settle();
    expect(numbersIn(frame.contentDocument!)).toEqual(['+16502530000']);
    controller.abort();
    expect(numbersIn(frame.contentDocument!)).toEqual([]);
  });

  it('leaves frames in excluded regions alone', async () => {
    const off = document.body.appendChild(document.createElement('div'));
    off.setAttribute('data-switchboard', 'off');
    const frame = await frameWith('<p>(415) 555-0132</p>', off);
    const { controller } = await start();
    expect(numbersIn(frame.contentDocument!)).toEqual([]);
    controller.abort();
  });
});
