import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ETHNIC, FIRST_YEAR, LEGAL_STATUS, PLACEMENT_TYPE, SEX, yearName, type CodeList } from '../../ingest/code-lists.ts';
import {
  ageBand, AGE_BANDS, ETHNIC_GROUPS, ethnicGroup, LEGAL_STATUS_GROUPS, legalStatusGroup, NOT_A_LEGAL_STATUS_CODE, NOT_A_PLACEMENT_CODE, NOT_A_SEX_CODE,
  NOT_AN_ETHNICITY_CODE, PLACEMENT_GROUPS, placementGroup, SEXES, sexGroup, SHORT_BREAKS,
} from './code-groups.ts';

/** Every collection year carestats reads, to the 2026/27 ruleset. */
const YEARS = Array.from({ length: 2027 - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/** Asserts that every code of every year's list is put in one of `named`, and that a code in no list is not. */
function assertEveryCodeNamed(list: CodeList, group: (code: string) => string, named: readonly string[], notACode: string): void {
  for (const year of YEARS) {
    for (const code of list.codesIn(year)) assert.ok(named.includes(group(code)), `${code} (${yearName(year)}) is in "${group(code)}"`);
  }
  for (const stray of ['', 'XX', 'x1']) assert.equal(group(stray), notACode, `"${stray}"`);
}

test('every sex, ethnicity, legal status and placement code of every year maps to a named group, and nothing else does', () => {
  assertEveryCodeNamed(SEX, sexGroup, SEXES, NOT_A_SEX_CODE);
  assertEveryCodeNamed(ETHNIC, ethnicGroup, ETHNIC_GROUPS, NOT_AN_ETHNICITY_CODE);
  assertEveryCodeNamed(LEGAL_STATUS, legalStatusGroup, [...LEGAL_STATUS_GROUPS, SHORT_BREAKS], NOT_A_LEGAL_STATUS_CODE);
  assertEveryCodeNamed(PLACEMENT_TYPE, placementGroup, PLACEMENT_GROUPS, NOT_A_PLACEMENT_CODE);
});

test('age bands follow the DfE edges (0, 1, 5, 10 and 16) and names', () => {
  assert.deepEqual([0, 1, 4, 5, 9, 10, 15, 16, 17].map(ageBand), [
    'Under 1 year', '1 to 4 years', '1 to 4 years', '5 to 9 years', '5 to 9 years', '10 to 15 years', '10 to 15 years', '16 years and over', '16 years and over',
  ]);
  assert.deepEqual([...new Set([0, 1, 5, 10, 16].map(ageBand))], [...AGE_BANDS]);
});

test('sex codes of both schemes are named: 1 and 2 to 2023/24, M, F and U from 2024/25', () => {
  assert.deepEqual(['1', '2', 'M', 'F', 'U', ''].map(sexGroup), ['Male', 'Female', 'Male', 'Female', 'Unknown', NOT_A_SEX_CODE]);
});

test('ethnicity codes fall in DfE’s major groups, named as DfE names them', () => {
  const cases: Record<string, string> = {
    WBRI: 'White', WIRI: 'White', WOTH: 'White', WIRT: 'White', WROM: 'White',
    MWBC: 'Mixed or Multiple ethnic groups', MWBA: 'Mixed or Multiple ethnic groups', MWAS: 'Mixed or Multiple ethnic groups', MOTH: 'Mixed or Multiple ethnic groups',
    AIND: 'Asian or Asian British', APKN: 'Asian or Asian British', ABAN: 'Asian or Asian British', AOTH: 'Asian or Asian British',
    BCRB: 'Black, African, Caribbean or Black British', BAFR: 'Black, African, Caribbean or Black British', BOTH: 'Black, African, Caribbean or Black British',
    CHNE: 'Other ethnic group', OOTH: 'Other ethnic group',
    REFU: 'Refused or information not yet available', NOBT: 'Refused or information not yet available',
  };
  for (const [code, group] of Object.entries(cases)) assert.equal(ethnicGroup(code), group, code);
});

test('legal statuses group as DfE’s tables do: protection (L1–L3) apart from short breaks (V3, V4)', () => {
  assert.deepEqual(['C1', 'C2', 'E1', 'D1', 'V2', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3', 'V3', 'V4'].map(legalStatusGroup), [
    'Care order', 'Care order', 'Placement order', 'Placement order', 'Voluntary agreement under section 20',
    'Detained for child protection', 'Detained for child protection', 'Detained for child protection',
    'Youth justice legal status', 'Youth justice legal status', 'Youth justice legal status', SHORT_BREAKS, SHORT_BREAKS,
  ]);
});

test('placements group as DfE’s tables do, with supported accommodation (K3) where semi-independent (H5) and independent living (P2) were', () => {
  const cases: Record<string, string> = {
    U1: 'Foster care', U3: 'Foster care', U6: 'Foster care', A3: 'Placed for adoption', A6: 'Placed for adoption',
    P1: 'Placed with parents or other person with parental responsibility',
    K1: 'Secure homes and children’s homes', K2: 'Secure homes and children’s homes',
    H5: 'Independent and semi-independent living arrangements / supported accommodation',
    P2: 'Independent and semi-independent living arrangements / supported accommodation',
    K3: 'Independent and semi-independent living arrangements / supported accommodation',
    R1: 'Other residential settings', R2: 'Other residential settings', R3: 'Other residential settings', R5: 'Other residential settings',
    S1: 'Residential schools', Z1: 'Other placements', Z11: 'Other placements', Z14: 'Other placements', P3: 'Other placements', T1: 'Other placements',
  };
  for (const [code, group] of Object.entries(cases)) assert.equal(placementGroup(code), group, code);
});
