// Tests of counting the SSD tables' children against the 903's (ssd-children.ts). Synthetic; no real child data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../core/civil-date.ts';
import { emptySsd, emptySsda903 } from '../ingest/empty.ts';
import type { HeaderRecord, SsdHealthRecord, SsdPersonRecord } from '../ingest/records.ts';
import { addSsdChildCounts, countSsdChildren, ssdChildIssues, unlinkedSsdTables } from './ssd-children.ts';

const DOB = dayFromYmd(2015, 2, 1);
const header = (child: string) => ({ child, dob: DOB, year: 2025, file: 'header.csv', row: 2 }) as unknown as HeaderRecord;
const person = (personId: string, dob = DOB) => ({ personId, dob, file: 'ssd/ssd_person.csv', row: 2 }) as unknown as SsdPersonRecord;
const check = (personId: string) => ({ personId, date: dayFromYmd(2024, 10, 1), file: 'ssd/ssd_cla_health.csv', row: 2 }) as unknown as SsdHealthRecord;

function council(headerIds: readonly string[], ssdIds: readonly string[], dob = DOB) {
  const data = { ...emptySsda903(), headers: headerIds.map(header), returns: [{ folder: '903/2024-25', year: 2025, yearFrom: 'folder-name' as const }] };
  const ssd = { ...emptySsd(), person: ssdIds.map((id) => person(id, dob)), health: ssdIds.map(check) };
  return { data, ssd };
}

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));

test('SSD children who are the 903 children: nothing to say, nothing left out', () => {
  const { data, ssd } = council(ids(1001, 20), ids(1001, 20));
  const counts = countSsdChildren(data, ssd);
  assert.deepEqual(ssdChildIssues(counts), []);
  assert.deepEqual(unlinkedSsdTables(counts), []);
});

test('no SSD child a 903 child: one warning naming the tables, and both tables left out of the measures', () => {
  const { data, ssd } = council(ids(1001, 20), ids(9001, 20));
  const counts = countSsdChildren(data, ssd);
  assert.deepEqual(ssdChildIssues(counts).map((i) => i.id), ['ssd-children-not-in-903']);
  assert.match(ssdChildIssues(counts)[0]?.message ?? '', /^None of the children in ssd_person \(20 children\) and ssd_cla_health \(20 children\) is a child in the SSDA903 returns read: their person ids \(such as 9001, 9002 and 9003\) are not the returns' CHILD ids \(the 903's are such as 1001, 1002 and 1003\)/);
  assert.deepEqual(unlinkedSsdTables(counts).map((u) => [u.table, u.children, u.why]), [['ssd.person', 20, 'not-in-903'], ['ssd.health', 20, 'not-in-903']]);
});

test('the same ids with other dates of birth: the ids are not the 903 children, and every SSD table is left out', () => {
  const { data, ssd } = council(ids(1001, 20), ids(1001, 20), dayFromYmd(2011, 7, 9));
  const counts = countSsdChildren(data, ssd);
  assert.deepEqual(ssdChildIssues(counts).map((i) => i.id), ['ssd-ids-not-903-children']);
  assert.deepEqual(unlinkedSsdTables(counts).map((u) => u.why), ['dates-of-birth-differ', 'dates-of-birth-differ']);
});

test('some of a table of children looked after not in the 903, dated in the years it covers: a warning for that table', () => {
  const { data, ssd } = council(ids(1001, 20), [...ids(1001, 17), ...ids(9001, 3)]);
  const issues = ssdChildIssues(countSsdChildren(data, ssd));
  // ssd_person holds children not looked after too: only ssd_cla_health is told of.
  assert.deepEqual(issues.map((i) => [i.id, i.file]), [['ssd-children-partly-not-in-903', 'ssd/ssd_cla_health.csv']]);
  assert.match(issues[0]?.message ?? '', /^3 of the 20 children \(15%\) with ssd_cla_health rows dated from 01\/04\/2024 to 31\/03\/2025/);
});

test('shares counted apart add up to one count of them all', () => {
  const all = ids(1001, 20);
  const ssdIds = [...ids(1001, 12), ...ids(9001, 8)];
  const whole = countSsdChildren(council(all, ssdIds).data, council(all, ssdIds).ssd);
  const half = (list: readonly string[], k: number) => list.filter((id) => Number(id) % 2 === k);
  const parts = [0, 1].map((k) => countSsdChildren(council(half(all, k), half(ssdIds, k)).data, council(half(all, k), half(ssdIds, k)).ssd));
  assert.deepEqual(addSsdChildCounts(parts), whole);
});

/** A council whose SSD CLA episodes have ids CLA<child> and whose reviews have the `reviewIds` given (synthetic). */
function withReviews(children: readonly string[], reviewIds: readonly string[]) {
  const { data, ssd } = council(children, children);
  const claEpisodes = children.map((c) => ({ personId: c, claId: `CLA${c}`, start: dayFromYmd(2024, 5, 1), end: null, file: 'ssd/ssd_cla_episodes.csv', row: 2 }));
  const reviews = reviewIds.map((claId, i) => ({ claId, held: dayFromYmd(2024, 6, 1), due: null, cancelled: 'N', file: 'ssd/ssd_cla_reviews.csv', row: i + 2 }));
  return { data, ssd: { ...ssd, claEpisodes, reviews } as unknown as typeof ssd };
}

const countedWithReviews = (children: readonly string[], reviewIds: readonly string[]) => {
  const { data, ssd } = withReviews(children, reviewIds);
  return countSsdChildren(data, ssd);
};

test('SSD reviews whose CLA ids are no SSD CLA episode’s: a warning, and with none linked the table is left out of the measures', () => {
  const children = ids(1001, 20);
  // Every review written with another prefix: none reaches a child.
  const none = countedWithReviews(children, children.map((c) => `X${c}`));
  const [warning] = ssdChildIssues(none);
  assert.deepEqual([warning?.id, warning?.file], ['ssd-reviews-not-linked', 'ssd/ssd_cla_reviews.csv']);
  assert.match(warning?.message ?? '', /^20 of the 20 reviews in ssd_cla_reviews \(100%\) have a clar_cla_id that is no clae_cla_id in ssd_cla_episodes.*such as X1001, X1002 and X1003 \(the episodes' are such as CLA1001, CLA1002 and CLA1003\)\. None links, so carestats judges reviews on time from the SSDA903 Reviews table/);
  assert.deepEqual(unlinkedSsdTables(none).map((u) => [u.table, u.why]), [['ssd.reviews', 'reviews-not-linked']]);
  // Half linked: the figure would be too low, said so; the table is still used.
  const half = countedWithReviews(children, children.map((c, i) => (i % 2 === 0 ? `CLA${c}` : `X${c}`)));
  assert.match(ssdChildIssues(half)[0]?.message ?? '', /^10 of the 20 reviews .* reviews on time will be too low\.$/);
  assert.deepEqual(unlinkedSsdTables(half), []);
  // All linked, or fewer than 3 not: nothing.
  assert.deepEqual(ssdChildIssues(countedWithReviews(children, children.map((c, i) => (i < 2 ? `X${c}` : `CLA${c}`)))), []);
});

test('shares’ review links add up to one read’s: each share reads every review and links its own children’s', () => {
  const children = ids(1001, 20);
  const reviewIds = children.map((c, i) => (i % 3 === 0 ? `X${c}` : `CLA${c}`));
  const share = (k: number) => countedWithReviews(children.filter((id) => Number(id) % 2 === k), reviewIds);
  assert.deepEqual(addSsdChildCounts([share(0), share(1)]).reviews, countedWithReviews(children, reviewIds).reviews);
});
