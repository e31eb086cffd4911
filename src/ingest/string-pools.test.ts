// Tests of the import-wide pools of child ids and text values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createIdPool, createTextPool } from './string-pools.ts';
import { typeTable } from './type-table.ts';
import { field } from './fields.ts';

test('a text pool finds a value it keeps, as a whole string or as a range of a longer text', () => {
  const pool = createTextPool();
  assert.equal(pool.find('DM2 9DQ', 0, 7), undefined);
  assert.equal(pool.keep('DM2 9DQ'), 'DM2 9DQ');
  assert.equal(pool.find('1,DM2 9DQ,x', 2, 9), 'DM2 9DQ');
  assert.equal(pool.keep('DM2 9DQ'), 'DM2 9DQ');
  assert.equal(pool.size, 1);
});

test('a text pool tells apart values that share a start, an end or a hash slot, and the empty string', () => {
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

test('a text pool keeps every value as it grows, and finds each by its characters', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 3000 }), (values) => {
      const pool = createTextPool();
      for (const v of values) assert.equal(pool.keep(v), v);
      assert.equal(pool.size, values.length);
      const text = values.join('|');
      let at = 0;
      for (const v of values) {
        assert.equal(pool.find(text, at, at + v.length), v);
        at += v.length + 1;
      }
      assert.equal(pool.find(`${values[0] ?? ''}\u0001`, 0, (values[0] ?? '').length + 1), undefined);
    }),
    { seed: 4, numRuns: 30 },
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

test('a text column whose values never repeat stops pooling after 20,000 and still types every value', () => {
  const rows = Array.from({ length: 25_000 }, (_, i) => ({ row: i + 2, values: [`UPN${String(i).padStart(9, '0')}`] }));
  // A value seen before the column stopped pooling, and one after, still read as written.
  rows.push({ row: 25_002, values: ['UPN000000001'] }, { row: 25_003, values: ['UPN000024999'] });
  for (const generalOnly of [false, true]) {
    const texts = createTextPool();
    const typed = typeTable<{ upn: string }>({ file: 'h.csv', format: 'csv', headings: ['UPN'], rows }, { upn: field.text('UPN') }, { year: null, dateStyle: 'uk', texts, generalOnly }, []);
    assert.deepEqual(typed.records.map((r) => r.upn), rows.map((r) => r.values[0]));
    assert.equal(texts.size, 20_000);
  }
});
