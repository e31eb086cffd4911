// Unit tests for visibleText and visibleJson: what acts instead of showing is written as an escape, and nothing else changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visibleJson, visibleText } from './visible-text.ts';

test('terminal escape sequences, bell, backspace, DEL and C1 controls are shown as escapes, not sent', () => {
  assert.equal(visibleText('\x1b[2J\x1b[1;1HALL CLEAR\x07'), '\\x1b[2J\\x1b[1;1HALL CLEAR\\x07');
  assert.equal(visibleText('a\x00b\x08c\x7fd\x9b2Je'), 'a\\x00b\\x08c\\x7fd\\x9b2Je');
  assert.equal(visibleText('\tTeam\r\nTwo'), '\\tTeam\\r\\nTwo');
});

test('bidirectional overrides and isolates, line separators, noncharacters and lone surrogates are shown as escapes', () => {
  assert.equal(visibleText('@x\u202eevil\u202c'), '@x\\u202eevil\\u202c');
  assert.equal(visibleText('\u2066a\u2069\u2028b\u2029'), '\\u2066a\\u2069\\u2028b\\u2029');
  assert.equal(visibleText('+1\uffff\ufffe'), '+1\\uffff\\ufffe');
  assert.equal(visibleText('lone \ud800 and \udc00'), 'lone \\ud800 and \\udc00');
});

test('ordinary text in any script, emoji, typographic quotes and backslashes are left as they are', () => {
  for (const text of ['North Children in Care Team 1', 'O’Brien “Leaving Care”', 'Tîm Gofal Plant', 'فريق الرعاية', 'C:\\data\\903', '😀 team', '', 'é\u0301']) {
    assert.equal(visibleText(text), text);
  }
  // Called again on a string with nothing to escape after one with something: the regex's state does not carry over.
  assert.equal(visibleText('\x1b'), '\\x1b');
  assert.equal(visibleText('plain'), 'plain');
});

test('visibleJson is JSON.stringify’s JSON, the same to a reader for any text, with no acting character left raw', () => {
  const odd = { value: '\x1b[2J\x9b2J\x7f\u202eA\u2066\u2028\uffff\ufffe lone \ud800 pair 😀', n: -1.5, none: null };
  const json = visibleJson(odd);
  assert.deepEqual(JSON.parse(json), odd);
  assert.ok(!/[\p{Cc}\u2028-\u202e\u2066-\u2069\ufffe\uffff\p{Cs}]/u.test(json.replaceAll('\n', '')));
  assert.match(json, /"\\u001b\[2J\\u009b2J\\u007f\\u202eA\\u2066\\u2028\\uffff\\ufffe lone \\ud800 pair 😀"/);
  const plain = [{ id: 'cla_count', month: '2026-03', group: 'O’Brien “North”', value: 12 }];
  assert.equal(visibleJson(plain), JSON.stringify(plain, null, 2));
});
