/**
 * The generated CRM ticket list every tool runs on: one row per ticket with a customer phone
 * number, a ticket link, a date, an order number and an amount, inside the usual chrome of a
 * CRM (header, filters, pagination). Dates, order numbers and amounts are the decoys a
 * detector must leave alone; each row's number is known, so recall and false positives are exact.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pick, randomPhoneText, seededRandom, type Random } from './phones';

export interface BenchPage {
  html: string;
  /** E.164 of row i's number (rows are `tr[data-row=i]`), and the text it is written as. */
  expected: string[];
  texts: string[];
  /**
   * Batches of rows appended one after the other after the first scan, numbered on from
   * `expected.length`. Several per run: one append is quick, and its time varies with whether
   * a frame gets rendered in the middle of it.
   */
  appended: { html: string; expected: string[]; texts: string[] }[];
}

export const APPENDED_ROWS = 100;
export const APPENDED_BATCHES = 3;

const FIRST = ['Maria', 'James', 'Wei', 'Aiko', 'Priya', 'Lucas', 'Olga', 'Ahmed', 'Sofia', 'Liam', 'Chen', 'Fatima', 'Noah', 'Ines'];
const LAST = ['Schmidt', 'Smith', 'Zhang', 'Tanaka', 'Sharma', 'Silva', 'Ivanova', 'Hassan', 'Rossi', 'Murphy', 'Kim', 'Dubois'];
const SUBJECTS = [
  'Refund not received',
  'Cannot log in after password reset',
  'Delivery delayed, please call back',
  'Invoice shows wrong VAT number',
  'Upgrade to annual plan',
  'Damaged item on arrival',
  'Callback requested about contract',
];
const STATUSES = ['Open', 'Pending', 'On hold', 'Solved', 'New'];

const two = (n: number) => String(n).padStart(2, '0');
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function date(random: Random): { iso: string; shown: string } {
  const [y, m, d, h, min] = [int(random, 2019, 2025), int(random, 1, 12), int(random, 1, 28), int(random, 0, 23), int(random, 0, 59)];
  const iso = `${y}-${two(m)}-${two(d)}T${two(h)}:${two(min)}:00Z`;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  const shown = pick(random, [
    `${y}-${two(m)}-${two(d)} ${two(h)}:${two(min)}`,
    `${two(d)}.${two(m)}.${y}`,
    `${two(m)}/${two(d)}/${y}`,
    `${month} ${d}, ${y}, ${h % 12 || 12}:${two(min)} ${h < 12 ? 'AM' : 'PM'}`,
  ]);
  return { iso, shown };
}

function orderNumber(random: Random): string {
  return pick(random, [
    `ORD-${int(random, 10_000_000, 99_999_999)}`,
    `#${int(random, 10_000_000, 99_999_999)}`,
    `SO${int(random, 100_000_000, 999_999_999)}`,
    `PO-${int(random, 2019, 2025)}-${String(int(random, 1, 9999)).padStart(4, '0')}`,
  ]);
}

function amount(random: Random): string {
  const whole = int(random, 1, 99_999);
  const cents = two(int(random, 0, 99));
  const us = whole.toLocaleString('en-US');
  const de = whole.toLocaleString('de-DE');
  return pick(random, [`$${us}.${cents}`, `€ ${de},${cents}`, `${whole.toLocaleString('fr-FR').replace(/\s/g, ' ')},${cents} €`, `£${us}.${cents}`, `¥${us}`]);
}

function row(random: Random, index: number, phone: string): string {
  const ticket = 40_000 + index;
  const when = date(random);
  const name = `${pick(random, FIRST)} ${pick(random, LAST)}`;
  return (
    `<tr data-row="${index}"><td><input type="checkbox" aria-label="Select ticket ${ticket}"></td>` +
    `<td><a class="ticket" href="/tickets/${ticket}">#${ticket}</a> <span class="subject">${pick(random, SUBJECTS)}</span></td>` +
    `<td class="customer"><div class="name">${name}</div><div class="phone">${escape(phone)}</div></td>` +
    `<td><span class="badge">${pick(random, STATUSES)}</span></td>` +
    `<td><time datetime="${when.iso}">${when.shown}</time></td>` +
    `<td class="order">${orderNumber(random)}</td><td class="amount">${amount(random)}</td></tr>\n`
  );
}

function rows(random: Random, from: number, count: number, taken: Set<string>) {
  let html = '';
  const expected: string[] = [];
  const texts: string[] = [];
  for (let i = from; i < from + count; i++) {
    const phone = randomPhoneText(random, taken);
    expected.push(phone.e164);
    texts.push(phone.text);
    html += row(random, i, phone.text);
  }
  return { html, expected, texts };
}

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1f2328; }
header, nav.filters, footer { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 6px 10px; border-bottom: 1px solid #eaeef2; text-align: left; vertical-align: top; }
.badge { background: #ddf4ff; border-radius: 10px; padding: 0 8px; }
.amount { text-align: right; font-variant-numeric: tabular-nums; }
`;

const SEED = 20240517;

/** The page with `rowCount` rows; another `seed` gives other numbers (and decoys) in the same shapes. */
export function generatePage(rowCount: number, seed = SEED): BenchPage {
  const random = seededRandom(seed + rowCount);
  const taken = new Set<string>();
  const body = rows(random, 0, rowCount, taken);
  const appended = Array.from({ length: APPENDED_BATCHES }, (_, i) => rows(random, rowCount + i * APPENDED_ROWS, APPENDED_ROWS, taken));
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tickets - Support CRM</title><style>${STYLE}</style></head>
<body>
<header><strong>Support CRM</strong> · Signed in as agent@example.com · Queue: Priority support</header>
<nav class="filters">Views: <a href="/views/open">Open tickets (${rowCount})</a> · <a href="/views/mine">Mine</a> · Updated 2024-05-17 13:45</nav>
<main><table id="tickets"><thead><tr><th></th><th>Ticket</th><th>Customer</th><th>Status</th><th>Updated</th><th>Order</th><th>Amount</th></tr></thead>
<tbody>
${body.html}</tbody></table></main>
<footer>Showing 1-${rowCount} of ${rowCount} · Page 1 of 1 · v24.5.17</footer>
</body></html>`;
  return { html, expected: body.expected, texts: body.texts, appended };
}

const CACHE_DIR = join(import.meta.dirname, '../node_modules/.cache/switchboard-bench');

/**
 * generatePage (variant n: seed + n), kept on disk between runs: checking every number with libphonenumber takes
 * seconds for 10,000 rows. The key covers the generator's code and libphonenumber's version.
 */
export function cachedPage(rowCount: number, variant = 0): BenchPage {
  const hash = createHash('sha256');
  for (const file of ['page.ts', 'phones.ts']) hash.update(readFileSync(join(import.meta.dirname, file)));
  hash.update(readFileSync(join(import.meta.dirname, '../node_modules/libphonenumber-js/package.json')));
  const key = hash.digest('hex').slice(0, 16);
  const path = join(CACHE_DIR, `page-${rowCount}-${variant}-${key}.json`);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as BenchPage;
  const page = generatePage(rowCount, SEED + variant);
  mkdirSync(CACHE_DIR, { recursive: true });
  // Pages from an older generator are dead weight.
  for (const old of readdirSync(CACHE_DIR)) if (old.startsWith(`page-${rowCount}-${variant}-`) && !old.includes(key)) rmSync(join(CACHE_DIR, old));
  writeFileSync(path, JSON.stringify(page));
  return page;
}
