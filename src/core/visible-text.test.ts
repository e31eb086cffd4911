// Unit tests for visibleText: what acts instead of showing is written as an escape, and nothing else changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visibleText } from './visible-text.ts';

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
