// Tests of the import-wide pools of child ids and text values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createIdPool, createTextPool, type TextPool } from './string-pools.ts';
import { splitPlainCsv } from './split-plain-csv.ts';
import { createRowTyper, typeTable } from './type-table.ts';
import { field } from './fields.ts';

test('a text pool finds a value it keeps, as a whole string or as a range of a longer text', () => {
  const pool = createTextPool();
  assert.equal(pool.find('DM2 9DQ', 0, 7), undefined);
  assert.equal(pool.keep('DM2 9DQ'), 'DM2 9DQ');
  assert.equal(pool.find('1,DM2 9DQ,x', 2, 9), 'DM2 9DQ');
  assert.equal(pool.keep('DM2 9DQ'), 'DM2 9DQ');
  assert.equal(pool.size, 1);
});

test('a text pool tells apart values that share a start or an end, and the empty string', () => {
  const pool = createTextPool();
  for (const v of ['AB', 'ABC', 'BC', '', 'SW0006003', 'SW0006004']) pool.keep(v);
  assert.equal(pool.size, 6);
  const text = 'ABCD,SW0006005,SW0006004';
  assert.equal(pool.find(text, 0, 2), 'AB');
  assert.equal(pool.find(text, 0, 3), 'ABC');
  assert.equal(pool.find(text, 1, 3), 'BC');
  assert.equal(pool.find(text, 0, 4), undefined);
  assert.equal(pool.find(text, 4, 4), '');
  assert.equal(pool.find(text, 5, 14), undefined);
  assert.equal(pool.find(text, 15, 24), 'SW0006004');
});

test('a text pool finds values that share a slot of its table, and misses one that is not there', () => {
  // Worked out by hand from the pool's hash: each of these falls in the same slot of its first table (1,024
  // slots) as 'AB', so finding them walks past occupied slots. V3547 falls there too and is not kept.
  const pool = createTextPool();
  for (const v of ['AB', 'V1088', 'V2336', 'V3252']) pool.keep(v);
  const text = 'V3252,V1088,AB,V2336,V3547';
  assert.deepEqual([pool.find(text, 0, 5), pool.find(text, 6, 11), pool.find(text, 12, 14), pool.find(text, 15, 20)], ['V3252', 'V1088', 'AB', 'V2336']);
  assert.equal(pool.find(text, 21, 26), undefined);
  assert.equal(pool.size, 4);
});

test('a text pool keeps every value as it grows, and finds each by its characters', () => {
  // 50,000 values: the table doubles seven times from its first 1,024 slots.
  const values = Array.from({ length: 50_000 }, (_, i) => `SW${String(i * 7919).padStart(9, '0')}`);
  const pool = createTextPool();
  for (const v of values) assert.equal(pool.keep(v), v);
  assert.equal(pool.size, values.length);
  const text = values.join(',');
  for (let i = 0, at = 0; i < values.length; i += 1, at += 12) assert.equal(pool.find(text, at, at + 11), values[i]);
  assert.equal(pool.find('SW999999999', 0, 11), undefined);
});

test('a text pool keeps any strings, found again as ranges of a text that joins them', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.string({ maxLength: 20 }), { minLength: 600, maxLength: 3000, size: 'max' }), (values) => {
      const pool = createTextPool();
      for (const v of values) assert.equal(pool.keep(v), v);
      assert.equal(pool.size, values.length);
      const text = values.join('|');
      let at = 0;
      for (const v of values) {
        assert.equal(pool.find(text, at, at + v.length), v);
        at += v.length + 1;
      }
    }),
    { seed: 4, numRuns: 10 },
  );
});

test('an id pool finds ids of plain digits by number and keeps ids with a leading zero or letters as written', () => {
  const pool = createIdPool();
  assert.equal(pool.digits('x,123456,y', 2, 8), '123456');
  assert.equal(pool.text('123456'), '123456');
  assert.equal(pool.digits('0123', 0, 4), null);
  assert.equal(pool.digits('12a', 0, 3), null);
  assert.equal(pool.text('C-17'), 'C-17');
});

/** A CSV of one UPN column with these values, typed through the file's text (rowAt) as `carestats` reads a plain CSV. */
function typeCsv(values: readonly string[], texts: TextPool): string[] {
  const typer = createRowTyper<{ upn: string }>('h.csv', ['UPN'], { upn: field.text('UPN') }, { year: null, dateStyle: 'uk', texts }, []);
  splitPlainCsv(`UPN\n${values.join('\n')}\n`, () => (t, b, row) => { typer.rowAt(t, b, row); });
  return typer.finish().records.map((r) => r.upn);
}

const upn = (i: number) => `UPN${String(i).padStart(9, '0')}`;

test('a text column whose values never repeat stops pooling after 20,000 and still types every value', () => {
  const rows = Array.from({ length: 25_000 }, (_, i) => ({ row: i + 2, values: [upn(i)] }));
  // A value seen before the column stopped pooling, and one after, still read as written.
  rows.push({ row: 25_002, values: [upn(1)] }, { row: 25_003, values: [upn(24_999)] });
  for (const generalOnly of [false, true]) {
    const texts = createTextPool();
    const typed = typeTable<{ upn: string }>({ file: 'h.csv', format: 'csv', headings: ['UPN'], rows }, { upn: field.text('UPN') }, { year: null, dateStyle: 'uk', texts, generalOnly }, []);
    assert.deepEqual(typed.records.map((r) => r.upn), rows.map((r) => r.values[0]));
    assert.equal(texts.size, 20_000);
  }
  const texts = createTextPool();
  assert.deepEqual(typeCsv(rows.map((r) => r.values[0] ?? ''), texts), rows.map((r) => r.values[0]));
  assert.equal(texts.size, 20_000);
});

test('a text column whose values repeat keeps pooling past 20,000, counting the values found in the text', () => {
  // Each value on three rows: by the 20,000th new value, 39,998 look-ups have found one.
  const values = Array.from({ length: 30_000 }, (_, i) => [upn(i), upn(i), upn(i)]).flat();
  const texts = createTextPool();
  assert.deepEqual(typeCsv(values, texts), values);
  assert.equal(texts.size, 30_000);
  // The same through the general route, which finds values by keeping them.
  const general = createTextPool();
  const rows = values.map((v, i) => ({ row: i + 2, values: [v] }));
  typeTable({ file: 'h.csv', format: 'csv', headings: ['UPN'], rows }, { upn: field.text('UPN') }, { year: null, dateStyle: 'uk', texts: general, generalOnly: true }, []);
  assert.equal(general.size, 30_000);
  // Each value on two rows: at the 20,000th new value, 19,999 look-ups had found one, fewer, so it stops.
  const twice = createTextPool();
  typeCsv(Array.from({ length: 30_000 }, (_, i) => [upn(i), upn(i)]).flat(), twice);
  assert.equal(twice.size, 20_000);
});
