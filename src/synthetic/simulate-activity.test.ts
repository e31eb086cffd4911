// Unit tests for the simulated care-leaver record: who the synthetic council makes a care leaver.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { birthday, dayFromYmd, type Day } from '../core/civil-date.ts';
import type { SimChild, SimEpisode, SimPeriod } from './model.ts';
import { seededRandom } from './random.ts';
import { simulateActivity, type Workforce } from './simulate-activity.ts';

const workforce: Workforce = { childrenInCareTeams: () => ['CiC 1'], careLeaverTeam: () => 'Leaving care', worker: () => 'W1' };
const dob = dayFromYmd(2006, 6, 1);

function episode(decom: Day, dec: Day, rec: string): SimEpisode {
  return { decom, dec, rne: 'S', ls: 'V2', place: 'U6', provider: 'PR1', rec, reasonChange: '', plPost: '', urn: '', distance: 3 };
}

function period(id: string, e: SimEpisode): SimPeriod {
  return { id, cin: 'N1', episodes: [e], adoption: null, prevPerm: { code: 'Z1', date: '' } };
}

function child(periods: SimPeriod[]): SimChild {
  return {
    id: 'C1', dob, sex: 'F', ethnicity: 'WBRI', upn: 'UN1', homePost: '', districtId: 'D1', disabled: false, uasc: null, periods,
    reviews: [], visits: [], health: [], immunisationsUpToDate: [], sdq: [], missing: [], allocations: [], careLeaver: null, substanceMisuse: false, convicted: false,
  };
}

// Looked after from 15 to 16 and a half (returned home, E13), then again from 16 and three-quarters.
const first = period('P1', episode(birthday(dob, 15), birthday(dob, 16) + 180, 'E13'));
const again = (rec: string) => period('P2', episode(birthday(dob, 16) + 270, birthday(dob, 17) + 120, rec));
const end = dayFromYmd(2026, 3, 31);

test('a young person who left care at 16 and came back is a care leaver when the later care ends as theirs do', () => {
  const c = child([first, again('E13')]);
  simulateActivity(seededRandom(1), c, end, end, workforce);
  assert.ok(c.careLeaver && c.careLeaver.contacts.length > 0);
  assert.ok(c.allocations.some((a) => a.role === 'Personal Adviser'));
});

test('a young person whose final care was taken over by another council (REC E3) or ended in adoption is no care leaver (DfE rules 1011, 1001)', () => {
  for (const rec of ['E3', 'E11']) {
    const c = child([first, again(rec)]);
    simulateActivity(seededRandom(1), c, end, end, workforce);
    assert.equal(c.careLeaver, null, rec);
    assert.ok(!c.allocations.some((a) => a.role === 'Personal Adviser'), rec);
  }
});

test('the care-leaver record left out is still drawn, so the rest of a council does not change', () => {
  // Care ended by a residence order (E41) leaves the earlier leaving the young person's, as E3 did before.
  const a = seededRandom(5);
  const b = seededRandom(5);
  const kept = child([first, again('E41')]);
  simulateActivity(a, kept, end, end, workforce);
  simulateActivity(b, child([first, again('E3')]), end, end, workforce);
  assert.ok(kept.careLeaver);
  assert.equal(a.next(), b.next());
});
