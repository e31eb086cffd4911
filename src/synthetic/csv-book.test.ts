// The in-memory CSV book the --messy faults are written into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CsvBook } from './csv-book.ts';

test('a book made from a file of a million lines (a national table) keeps every line', () => {
  // push(...lines) once overflowed the stack here, so `generate --size national --messy` failed.
  const rows = Array.from({ length: 1_000_000 }, (_, i) => `${String(i)},x`);
  const book = CsvBook.fromTexts([{ name: 'big.csv', text: `id,v\n${rows.join('\n')}\n` }]);
  assert.equal(book.lines('big.csv').length, 1_000_000);
  assert.equal(book.lines('big.csv').at(-1), '999999,x');
  assert.deepEqual(book.columns('big.csv'), ['id', 'v']);
});
