// Tests of whether one return's children are the next year's (return-children.ts), through ingest. Synthetic; no real child data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIngest, ingestFiles, type TextFile } from './ingest.ts';

const EPISODES_HEAD = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';

/** A return's Header and Episodes: each child one episode, open (`dec` blank) or not. */
function returnOf(folder: string, rows: readonly { child: string; decom: string; rne: string; dec?: string }[]): TextFile[] {
  return [
    // SEX 1 to 2023/24, M from 2024/25; each child once.
    { name: `${folder}/header.csv`, text: `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n${[...new Set(rows.map((r) => r.child))].map((c) => `${c},${folder.includes('2023') || folder === 'old' ? '1' : 'M'},01/02/2015,WBRI,UN1,,\n`).join('')}` },
    { name: `${folder}/episodes.csv`, text: EPISODES_HEAD + rows.map((r) => `${r.child},${r.decom},${r.rne},C2,N1,U6,PR1,${r.dec ?? ''},${r.dec ? 'X1' : ''},${r.dec ? 'CARPL' : ''},,,\n`).join('') },
  ];
}

/** `n` children in care all through 2023/24 and 2024/25: their ids in 2023/24, then in 2024/25 as `idIn2025` writes them. */
function twoYears(n: number, idIn2024: (i: number) => string, idIn2025: (i: number) => string): TextFile[] {
  const kids = Array.from({ length: n }, (_, i) => i);
  return [
    ...returnOf('903/2023-24', kids.map((i) => ({ child: idIn2024(i), decom: '01/06/2023', rne: 'S' }))),
    // The 2024/25 return continues the period with a move in June 2024 (the first episode closed, a second open).
    ...returnOf('903/2024-25', kids.flatMap((i) => [{ child: idIn2025(i), decom: '01/06/2023', rne: 'S', dec: '01/06/2024' }, { child: idIn2025(i), decom: '01/06/2024', rne: 'P' }])),
  ];
}

const padded = (i: number) => String(i + 1).padStart(6, '0');

test('children in care at one year end are in the next return under the same ids: nothing to say', () => {
  const result = ingestFiles(twoYears(12, padded, padded));
  assert.deepEqual(result.issues, []);
});

test('a return whose ids lost their leading zeros (Excel) is one error, and the open episodes before it are not closed E99', () => {
  const result = ingestFiles(twoYears(12, padded, (i) => String(i + 1)));
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity]), [['return-ids-lost-leading-zeros', 'error']]);
  assert.match(result.issues[0]?.message ?? '', /^The children's ids \(CHILD\) in the return in 903\/2024-25 \(2024\/25\) have lost their leading zeros, which they have in 903\/2023-24 \(2023\/24\) \(000001 there is 1 here\)\. Of the 12 children in care at the end of a year .*, 12 are in the next year's return only with the zeros set aside/);
  // Stacking leaves 2023/24's episodes as they are: closing them E99 would be a warning per child (rule 5d).
  const older = result.data.episodes.filter((e) => e.year === 2024);
  assert.equal(older.length, 12);
  assert.ok(older.every((e) => e.dec === null));
  // The older return may be the one Excel saved: the return without zeros is named.
  const reversed = ingestFiles(twoYears(12, (i) => String(i + 1), padded));
  assert.match(reversed.issues[0]?.message ?? '', /in the return in 903\/2023-24 \(2023\/24\) have lost their leading zeros, which they have in 903\/2024-25/);
});

test('a few ids without their zeros among many that never had any are the same fault', () => {
  // 3 of 12 ids had leading zeros (000001 to 000003); the rest are six digits with none.
  const id = (i: number) => (i < 3 ? padded(i) : String(100000 + i));
  const result = ingestFiles(twoYears(12, id, (i) => id(i).replace(/^0+/, '')));
  assert.deepEqual(result.issues.map((i) => i.id), ['return-ids-lost-leading-zeros']);
});

test('a return whose children were all renumbered (a new case system) is one error, not one per child', () => {
  const result = ingestFiles(twoYears(12, (i) => String(1001 + i), (i) => `N${String(5001 + i)}`));
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity]), [['return-children-do-not-follow', 'error']]);
  assert.match(result.issues[0]?.message ?? '', /^Of the 12 children in care at the end of 2023\/24 \(an episode open on 31\/03\/2024 in the return in 903\/2023-24\), only 0 are in the 2024\/25 return \(903\/2024-25\), though a child still in care on 1 April is in the next year's return \(10(0[1-9]|1[012]), for one, is in care at the end of 2023\/24 but in no episode of 2024\/25\)\./);
  assert.ok(result.data.episodes.filter((e) => e.year === 2024).every((e) => e.dec === null));
});

test('some children renumbered is a warning naming the share found, and stacking closes the rest as before', () => {
  // 8 of 12 found (66%): each of the other 4 is still its own warning (episode-end-not-recorded).
  const result = ingestFiles(twoYears(12, (i) => String(1001 + i), (i) => (i < 8 ? String(1001 + i) : `N${String(5001 + i)}`)));
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity]), [['return-children-partly-do-not-follow', 'warning'], ...Array<string[]>(4).fill(['episode-end-not-recorded', 'warning'])]);
  assert.match(result.issues[0]?.message ?? '', /Of the 12 children in care at the end of 2023\/24 .*, 4 are not in the 2024\/25 return .*\(10(09|10|11|12), for one, is in care at the end of 2023\/24 but in no episode of 2024\/25\): only 66% are\./);
  // 11 of 12 (91%) says nothing: a child or two may be missing for a reason of their own.
  assert.deepEqual(ingestFiles(twoYears(12, (i) => String(1001 + i), (i) => (i < 11 ? String(1001 + i) : 'N1'))).issues.map((i) => i.id), ['episode-end-not-recorded']);
});

test('fewer than 10 children in care at the year end are not weighed', () => {
  // Each child's episode is closed E99 with its own warning, as before.
  assert.deepEqual(ingestFiles(twoYears(9, (i) => String(1001 + i), (i) => `N${String(i)}`)).issues.map((i) => i.id), Array<string>(9).fill('episode-end-not-recorded'));
});

test('every share of a sharded read finds the fault alike, from every row', () => {
  const files = twoYears(12, padded, (i) => String(i + 1));
  for (const index of [0, 1]) {
    const ingest = createIngest({ shard: { index, count: 2 } });
    for (const f of files) ingest.addCsv(f.name, f.text);
    const share = ingest.finish();
    assert.deepEqual(share.issues.map((i) => i.id), ['return-ids-lost-leading-zeros']);
    assert.match(share.issues[0]?.message ?? '', /Of the 12 children/);
    assert.deepEqual(share.share?.rowIssues, []);
  }
});

test('a return whose year comes from its dates (no year in its folder name) is compared too', () => {
  const files = twoYears(12, padded, (i) => String(i + 1)).map((f) => ({ ...f, name: f.name.replace('903/2023-24', 'old').replace('903/2024-25', 'new') }));
  assert.deepEqual(ingestFiles(files).issues.map((i) => i.id), ['return-ids-lost-leading-zeros']);
});
