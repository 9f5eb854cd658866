import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/crm';

const others = (id: string) => ADAPTERS.filter((adapter) => adapter.id !== id).flatMap((adapter) => adapter.exampleUrls);

describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s', (_, adapter) => {
  it('has example ticket URLs and non-ticket URLs', () => {
    expect(adapter.exampleUrls.length).toBeGreaterThan(0);
    expect(adapter.nonTicketUrls?.length).toBeGreaterThan(0);
  });

  it.each(adapter.exampleUrls)('accepts its own %s', (url) => {
    expect(adapter.matchesUrl(new URL(url))).toBe(true);
  });

  it.each(adapter.nonTicketUrls ?? [])('rejects its non-ticket %s', (url) => {
    expect(adapter.matchesUrl(new URL(url))).toBe(false);
  });

  it.each(others(adapter.id))('rejects the other CRMs\' %s', (url) => {
    expect(adapter.matchesUrl(new URL(url))).toBe(false);
  });
});

describe('registry', () => {
  const dir = join(import.meta.dirname, '../../../lib/crm');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !['index.ts', 'types.ts', 'generic.ts'].includes(name))
    .map((name) => name.slice(0, -3));

  it('registers every adapter file in lib/crm/, under its file name', () => {
    expect(ADAPTERS.map((adapter) => adapter.id).sort()).toEqual(files.sort());
  });

  it.each(files)('%s.ts exports the registered adapter', async (id) => {
    const module = (await import(`../../../lib/crm/${id}.ts`)) as Record<string, unknown>;
    expect(ADAPTERS).toContain(module[id]);
  });

  it('names every adapter with an id that DialTarget accepts', () => {
    for (const { id } of ADAPTERS) expect(id).toMatch(/^[a-z][a-z0-9-]{0,31}$/);
  });
});
