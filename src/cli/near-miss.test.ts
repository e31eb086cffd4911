// Unit tests for the "did you mean …?" of the CLI's usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { didYouMean, nearMiss } from './near-miss.ts';

const COMMANDS = ['start', 'measures', 'explain', 'definitions', 'validate', 'import', 'snapshots', 'generate'];

test('a slip of a letter or two, or the start of a name, finds the name meant', () => {
  assert.equal(nearMiss('valdate', COMMANDS), 'validate');
  assert.equal(nearMiss('measure', COMMANDS), 'measures');
  assert.equal(nearMiss('explian', COMMANDS), 'explain');
  assert.equal(nearMiss('snapshot', COMMANDS), 'snapshots');
  assert.equal(nearMiss('def', COMMANDS), 'definitions');
  assert.equal(nearMiss('fromat', ['month', 'months', 'format']), 'format');
  assert.equal(nearMiss('teams', ['district', 'team', 'age_band']), 'team');
});

test('case and a dash for an underscore do not count', () => {
  assert.equal(nearMiss('cla-count', ['cla_rate', 'cla_count']), 'cla_count');
  assert.equal(nearMiss('CLA_COUNT', ['cla_rate', 'cla_count']), 'cla_count');
  assert.equal(nearMiss('CSV', ['json', 'csv']), 'csv');
});

test('another word is not a slip, and nothing is suggested for it', () => {
  assert.equal(nearMiss('report', COMMANDS), null, 'two letters from import, but not meant as it');
  assert.equal(nearMiss('frobnicate', COMMANDS), null);
  assert.equal(nearMiss('xml', ['json', 'csv']), null);
  assert.equal(nearMiss('', COMMANDS), null);
  assert.equal(nearMiss('ex', COMMANDS), null, 'too short to be the start of one name');
});

test('didYouMean ends a sentence, or adds nothing', () => {
  assert.equal(didYouMean('fromat', ['format'], (n) => `--${n}`), ' Did you mean --format?');
  assert.equal(didYouMean('nope', ['format']), '');
});
