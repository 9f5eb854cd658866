// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buttonsIn, numbersIn, scan } from './harness';
import { viewport } from './viewport';

describe('startScanner: buttons near the viewport only', () => {
  afterEach(() => {
    viewport.isFar = () => false;
    document.body.innerHTML = '';
  });

  it('marks every number at once but builds a button when the number comes near the viewport', async () => {
    viewport.isFar = (target) => target.closest('#far') !== null;
    const { controller, settle } = await scan(
      '<p>(415) 555-0132</p><div id="far"><p>(415) 555-0199</p><a href="tel:+14155550100">desk</a></div>',
    );
    expect(numbersIn()).toEqual(['+14155550132', '+14155550199', '+14155550100']);
    expect(buttonsIn()).toBe(1);
    for (const target of document.querySelectorAll('#far [data-e164]')) viewport.scrollTo(target);
    await settle();
    expect(buttonsIn()).toBe(3);
    expect(document.querySelector('#far a')!.nextElementSibling?.localName).toBe('switchboard-call');
    controller.abort();
    expect(buttonsIn()).toBe(0);
  });

  it('gives a number the page takes away and puts back its button when it is seen', async () => {
    viewport.isFar = () => true;
    const { controller, settle } = await scan('<p>(415) 555-0132</p>');
    const p = document.querySelector('p')!;
    p.remove();
    await settle();
    viewport.isFar = () => false;
    document.body.append(p);
    await settle();
    expect(numbersIn()).toEqual(['+14155550132']);
    expect(buttonsIn(p)).toBe(1);
    controller.abort();
  });
});
