import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageBand, ethnicGroup, legalStatusGroup, placementGroup, sexGroup } from './code-groups.ts';

test('age bands follow the DfE edges: 0, 1, 5, 10 and 16', () => {
  assert.deepEqual([0, 1, 4, 5, 9, 10, 15, 16, 17].map(ageBand), ['Under 1', '1 to 4', '1 to 4', '5 to 9', '5 to 9', '10 to 15', '10 to 15', '16 and over', '16 and over']);
});

test('sex codes M, F and U are named, anything else is unknown', () => {
  assert.deepEqual(['M', 'F', 'U', ''].map(sexGroup), ['Male', 'Female', 'Unknown', 'Unknown']);
});

test('every 903 ethnicity code falls in its DfE major group', () => {
  const cases: Record<string, string> = {
    WBRI: 'White', WIRI: 'White', WOTH: 'White', WIRT: 'White', WROM: 'White',
    MWBC: 'Mixed', MWBA: 'Mixed', MWAS: 'Mixed', MOTH: 'Mixed',
    AIND: 'Asian or Asian British', APKN: 'Asian or Asian British', ABAN: 'Asian or Asian British', AOTH: 'Asian or Asian British',
    BCRB: 'Black or Black British', BAFR: 'Black or Black British', BOTH: 'Black or Black British',
    CHNE: 'Other ethnic groups', OOTH: 'Other ethnic groups', REFU: 'Refused or not obtained', NOBT: 'Refused or not obtained',
  };
  for (const [code, group] of Object.entries(cases)) assert.equal(ethnicGroup(code), group, code);
  assert.equal(ethnicGroup('XXXX'), 'Not a 903 ethnicity code');
});

test('legal statuses group into care order, placement order, section 20, youth justice and other', () => {
  assert.deepEqual(['C1', 'C2', 'E1', 'D1', 'V2', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3', 'V3', 'V4'].map(legalStatusGroup), [
    'Care order', 'Care order', 'Placement order', 'Placement order', 'Section 20 (accommodated by agreement)',
    'Youth justice', 'Youth justice', 'Youth justice',
    'Other legal status', 'Other legal status', 'Other legal status', 'Other legal status', 'Other legal status',
  ]);
});

test('placements group by type, with supported accommodation (K3) as semi-independent living', () => {
  assert.deepEqual(['U1', 'U6', 'A5', 'K1', 'K2', 'R1', 'S1', 'P1', 'H5', 'K3', 'P2', 'R5', 'T1', 'Z11'].map(placementGroup), [
    'Foster care', 'Foster care', 'Placed for adoption', 'Children’s homes, secure and residential', 'Children’s homes, secure and residential',
    'Children’s homes, secure and residential', 'Children’s homes, secure and residential', 'Placed with parents',
    'Independent and semi-independent living', 'Independent and semi-independent living', 'Independent and semi-independent living',
    'Other placements', 'Other placements', 'Other placements',
  ]);
});
