// Saved CRM pages (test/fixtures/crm/<id>/) parsed the way a browser would show them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CountryCode } from '../../../lib/phone/detect';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/crm');

export interface Fixture {
  crm: string;
  file: string;
  url: string;
  defaultCountry: CountryCode;
  expected: { ticketId: string; displayId?: string; customerE164?: string; title?: string };
  /** Selector of the element the ticket button goes next to (looked up through shadow roots). */
  anchor: string;
  /** Every phone number the page shows, which the scanner should decorate. */
  numbers: string[];
}

export function fixtures(): Fixture[] {
  return readdirSync(FIXTURES).flatMap((crm) =>
    (JSON.parse(readFileSync(join(FIXTURES, crm, 'meta.json'), 'utf8')) as Omit<Fixture, 'crm'>[]).map((page) => ({ crm, ...page })),
  );
}

/** happy-dom does not attach declarative shadow roots (`<template shadowrootmode>`); Chromium does. */
function attachShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'))) {
    const host = template.parentElement!;
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') as ShadowRootMode });
    shadow.append(template.content);
    template.remove();
    attachShadowRoots(shadow);
  }
}

export function parsePage(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachShadowRoots(doc);
  return doc;
}

export const loadPage = (fixture: Fixture) => parsePage(readFileSync(join(FIXTURES, fixture.crm, fixture.file), 'utf8'));
