import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metadataAsJson, metadataModuleAsJson } from '../../../scripts/metadata-as-json';

const packageDir = dirname(createRequire(import.meta.url).resolve('libphonenumber-js/package.json'));
const read = (file: string) => readFileSync(join(packageDir, file), 'utf8');
/** Runs an `export default …` module body and returns what it exports. */
const evaluate = (code: string): unknown => new Function(code.replace('export default ', 'return '))();

describe('metadataAsJson', () => {
  it.each(['metadata.min.json', 'metadata.max.json', 'metadata.mobile.json'])('keeps the data of %s as it is', (json) => {
    const rewritten = metadataModuleAsJson(read(`${json}.js`));
    expect(rewritten).toMatch(/^export default JSON\.parse\(/);
    expect(evaluate(rewritten!)).toEqual(JSON.parse(read(json)));
  });

  it.each([
    ['not JSON (unquoted keys)', 'export default {version: 4};'],
    ['no default export', 'export const metadata = {};'],
    ['code after the data', 'export default {"a": 1}; console.log(1);'],
  ])('leaves a module alone when it is %s', (_, code) => {
    expect(metadataModuleAsJson(code)).toBeUndefined();
  });

  const transform = (code: string, id: string) =>
    (metadataAsJson().transform as (code: string, id: string) => { code: string } | undefined)(code, id);
  const module = 'export default {"version":4};';

  it.each([
    '/app/node_modules/libphonenumber-js/metadata.max.json.js',
    '/app/node_modules/libphonenumber-js/max/metadata/metadata.max.json.js',
    'C:\\app\\node_modules\\libphonenumber-js\\metadata.min.json.js',
  ])('rewrites %s', (id) => {
    expect(transform(module, id)?.code).toBe('export default JSON.parse("{\\"version\\":4}");\n');
  });

  it.each(['/app/lib/phone/metadata.max.json.js', '/app/node_modules/libphonenumber-js/max/index.js', '/app/node_modules/other/metadata.max.json.js'])(
    'does not touch %s',
    (id) => {
      expect(transform(module, id)).toBeUndefined();
    },
  );
});
