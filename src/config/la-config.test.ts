// Tests of reading la-config.json (synthetic values; no real council's data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLaConfig } from './la-config.ts';

const config = (postcodeDistricts: unknown[]) => ({
  name: 'Demoshire', laCode: 'E10000999', dfeNumber: '999',
  population: [{ year: 2025, children0to17: 20000, source: 'ONS mid-2025 estimate (synthetic)' }],
  districts: [{ id: 'N', name: 'North', postcodeDistricts, teams: [{ id: 'N-CIC1', name: 'North Children in Care Team 1', service: 'children-in-care' }] }],
});

test('postcode districts are read as an analyst types them, in any case and with spaces round them', () => {
  const parsed = parseLaConfig(config(['dm1 ', ' Sw1a', 'DM2']));
  assert.ok('config' in parsed, JSON.stringify(parsed));
  assert.deepEqual(parsed.config.districts[0]?.postcodeDistricts, ['DM1', 'SW1A', 'DM2']);
});

test('a postcode district that is none is a problem naming where it is', () => {
  const parsed = parseLaConfig(config(['DM1 2AB']));
  assert.ok('problems' in parsed);
  assert.match(parsed.problems.join('\n'), /districts\.0\.postcodeDistricts\.0 must be a postcode district such as DM1 or SW1A/);
});
