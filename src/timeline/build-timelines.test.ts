// Unit tests for periods of care and the looked-after-on-a-date rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay, exampleTimelines } from '../measures/example-kit.ts';
import { formatUk } from '../core/civil-date.ts';
import { emptySsd, emptySsda903 } from '../ingest/empty.ts';
import type { SsdData, Ssda903Data } from '../ingest/records.ts';
import { buildTimelines, suppliedTables } from './build-timelines.ts';
import { lookedAfterOn } from './looked-after-on.ts';

test('episodes joined by X1 form one period; any other reason ends it', () => {
  const [t] = exampleTimelines([
    {
      child: 'P1',
      dob: '01/01/2012',
      episodes: [
        { start: '01/01/2020', end: '01/02/2020', rec: 'X1' },
        { start: '01/02/2020', end: '01/03/2020', rne: 'P', rec: 'E4A' },
        { start: '01/06/2021', rne: 'S' },
      ],
    },
  ]);
  assert.equal(t?.periods.length, 2);
  assert.equal(t.periods[0]?.episodes.length, 2);
  assert.equal(t.periods[0]?.end, exampleDay('01/03/2020'));
  assert.equal(t.periods[1]?.end, null);
});

test('on an X1 change day the child is looked after under the new episode', () => {
  const [t] = exampleTimelines([
    { child: 'P2', dob: '01/01/2012', episodes: [{ start: '01/01/2020', end: '01/02/2020', rec: 'X1' }, { start: '01/02/2020', rne: 'P', place: 'U4' }] },
  ]);
  assert.ok(t);
  const status = lookedAfterOn(t, exampleDay('01/02/2020'));
  assert.equal(status.kind, 'looked-after');
  assert.equal(status.kind === 'looked-after' && status.episode.place, 'U4');
});

test('the day before care starts, the child is not looked after', () => {
  const [t] = exampleTimelines([{ child: 'P3', dob: '01/01/2012', episodes: [{ start: '01/01/2020' }] }]);
  assert.ok(t);
  assert.equal(lookedAfterOn(t, exampleDay('31/12/2019')).kind, 'not-looked-after');
});

// buildTimelines and suppliedTables, from hand-made 903 and SSD records (synthetic; no real child data).
const src = (row: number) => ({ file: 'test.csv', row });

function data903(): Ssda903Data {
  const data = emptySsda903();
  for (const child of ['K1', 'K2']) {
    data.headers.push({ child, sex: 'F', dob: exampleDay('01/01/2015'), ethnic: 'WBRI', upn: '', mother: '', mcDob: null, ...src(1), year: 2025 });
  }
  const episode = (child: string, decom: string, dec: string | null, rec: string) => ({
    child, decom: exampleDay(decom), rne: 'S', ls: 'C2', cin: 'N1', place: 'U6', placeProvider: 'PR1', dec: dec === null ? null : exampleDay(dec),
    rec, reasonPlaceChange: '', homePost: '', plPost: '', urn: '', ...src(2), year: 2025,
  });
  // Out of date order on purpose: timelines must sort each child's episodes by DECOM.
  data.episodes.push(episode('K1', '01/06/2024', null, ''), episode('K1', '01/01/2023', '01/02/2023', 'E4A'));
  data.reviews.push({ child: 'K1', dob: exampleDay('01/01/2015'), review: exampleDay('20/06/2024'), reviewCode: 'PN1', ...src(3), year: 2025 });
  return data;
}

function ssdData(): SsdData {
  const ssd = emptySsd();
  ssd.claEpisodes.push({ personId: 'K1', start: exampleDay('01/06/2024'), startReason: 'S', end: null, endReason: '', claId: 'CLA-9', enteredCare: null, ...src(1) });
  ssd.reviews.push(
    { claId: 'CLA-9', due: exampleDay('01/12/2024'), held: exampleDay('25/11/2024'), cancelled: 'N', participation: '', ...src(2) },
    { claId: 'CLA-9', due: exampleDay('29/06/2024'), held: null, cancelled: 'N', participation: '', ...src(3) },
    { claId: 'CLA-UNKNOWN', due: null, held: exampleDay('01/01/2025'), cancelled: 'N', participation: '', ...src(4) },
  );
  ssd.visits.push(
    { claId: 'CLA-9', personId: 'K1', date: exampleDay('01/09/2024'), seen: 'Y', seenAlone: 'Y', ...src(5) },
    { claId: 'CLA-9', personId: 'K1', date: exampleDay('05/06/2024'), seen: 'Y', seenAlone: 'N', ...src(6) },
    { claId: '', personId: 'K2', date: exampleDay('05/06/2024'), seen: 'Y', seenAlone: 'N', ...src(7) },
  );
  ssd.person.push({ personId: 'K2', sex: 'F', ethnicity: 'WBRI', dob: null, upnUnknown: '', sendFlag: '', deathDate: null, nationality: '', ...src(8) });
  return ssd;
}

test('episodes are attached to their child in date order and grouped into periods', () => {
  const [k1, k2] = buildTimelines(data903(), ssdData());
  assert.deepEqual(k1?.episodes.map((e) => formatUk(e.decom)), ['01/01/2023', '01/06/2024']);
  assert.equal(k1?.periods.length, 2);
  assert.equal(k2?.episodes.length, 0, 'a child with no episodes has an empty timeline');
});

test('SSD reviews reach the child through the CLA id in ssd_cla_episodes, in date order', () => {
  const [k1, k2] = buildTimelines(data903(), ssdData());
  assert.deepEqual(k1?.ssd.reviews.map((r) => r.row), [3, 2], 'R1 (row 3) is due before R2 (row 2) was held');
  assert.equal(k2?.ssd.reviews.length, 0);
});

test('other SSD records are attached by person id, in date order; person details too', () => {
  const [k1, k2] = buildTimelines(data903(), ssdData());
  assert.deepEqual(k1?.ssd.visits.map((v) => v.row), [6, 5], 'V1 (row 6) then V2 (row 5)');
  assert.deepEqual(k2?.ssd.visits.map((v) => v.row), [7]);
  assert.equal(k1?.ssd.person, null);
  assert.equal(k2?.ssd.person?.row, 8);
  assert.equal(k1?.ssda903.reviews.length, 1);
});

test('ssd_disability rows are attached by person id, in file order, as views of the code', () => {
  const ssd = ssdData();
  ssd.disabilities.push({ personId: 'K2', code: 'VIS', ...src(11) }, { personId: 'NOBODY', code: 'AUT', ...src(12) }, { personId: 'K2', code: 'HEAR', ...src(13) });
  const [k1, k2] = buildTimelines(data903(), ssd, { consume: true });
  assert.deepEqual(k1?.ssd.disabilities, []);
  assert.deepEqual(k2?.ssd.disabilities, [{ file: 'test.csv', row: 11, code: 'VIS' }, { file: 'test.csv', row: 13, code: 'HEAR' }]);
  assert.equal(ssd.disabilities.length, 0, 'consumed');
});

test('without SSD data every child still gets empty SSD lists', () => {
  const [k1] = buildTimelines(data903());
  assert.equal(k1?.ssd.visits.length, 0);
  assert.equal(k1?.ssd.reviews.length, 0);
});

test('suppliedTables names exactly the tables with at least one row', () => {
  const supplied = suppliedTables(data903(), ssdData());
  assert.deepEqual([...supplied].sort(), ['ssd.claEpisodes', 'ssd.person', 'ssd.reviews', 'ssd.visits', 'ssda903.episodes', 'ssda903.headers', 'ssda903.reviews']);
  assert.equal(suppliedTables(emptySsda903(), emptySsd()).size, 0);
});

test('timelines keep each record as its view: the fields the measures read, with file and row', () => {
  const data = data903();
  const [k1] = buildTimelines(data, ssdData());
  const episode = k1?.episodes[0];
  assert.ok(episode);
  assert.deepEqual(Object.keys(episode).sort(), ['dec', 'decom', 'file', 'ls', 'plPost', 'place', 'placeProvider', 'rec', 'rne', 'row', 'urn']);
  assert.ok(!data.episodes.includes(episode as never), 'a copy, so the ingest record can be let go');
  assert.deepEqual(Object.keys(k1.ssd.visits[0] ?? {}).sort(), ['date', 'file', 'row', 'seen', 'seenAlone']);
});

test('consume empties the tables as it goes and builds the same timelines', () => {
  const kept = buildTimelines(data903(), ssdData());
  const data = data903();
  const ssd = ssdData();
  const consumed = buildTimelines(data, ssd, { consume: true });
  assert.deepEqual(consumed, kept);
  assert.equal(data.headers.length + data.episodes.length + data.reviews.length + ssd.visits.length + ssd.reviews.length + ssd.claEpisodes.length + ssd.person.length, 0);
});

test('records of a child not in Header are left out, and same-day records stay in file order', () => {
  const data = data903();
  const ssd = ssdData();
  ssd.visits.push(
    { claId: '', personId: 'NOBODY', date: exampleDay('05/06/2024'), seen: 'Y', seenAlone: 'N', ...src(9) },
    { claId: '', personId: 'K2', date: exampleDay('05/06/2024'), seen: 'N', seenAlone: 'N', ...src(10) },
  );
  const [k1, k2] = buildTimelines(data, ssd);
  assert.deepEqual(k2?.ssd.visits.map((v) => v.row), [7, 10]);
  assert.equal(k1?.ssd.visits.length, 2);
});

test('a period of all the child’s episodes shares the child’s list; other periods have their own', () => {
  const [one, two] = exampleTimelines([
    { child: 'S1', dob: '01/01/2012', episodes: [{ start: '01/01/2020', end: '01/02/2020', rec: 'X1' }, { start: '01/02/2020', rne: 'P' }] },
    { child: 'S2', dob: '01/01/2012', episodes: [{ start: '01/01/2020', end: '01/02/2020', rec: 'E4A' }, { start: '01/06/2021' }] },
  ]);
  assert.equal(one?.periods.length, 1);
  assert.equal(one.periods[0]?.episodes, one.episodes);
  assert.equal(two?.periods.length, 2);
  assert.deepEqual(two.periods.map((p) => p.episodes.length), [1, 1]);
  assert.notEqual(two.periods[0]?.episodes, two.episodes);
});
