// Folders of synthetic files for cross-stage tests (synthetic; no real child data).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromYmd } from '../../src/core/civil-date.ts';
import { generateCouncil } from '../../src/synthetic/generate.ts';
import { writeCouncil } from '../../src/synthetic/write-council.ts';
import { tempDir as makeTempDir } from './temp-dir.ts';

/** The fixed "today" of the cross-stage tests. */
export const TODAY = dayFromYmd(2026, 3, 31);

/** Makes an empty temporary folder, removed when the test file's process exits. */
export function tempDir(prefix = 'carestats-test-'): string {
  return makeTempDir(prefix);
}

/** Writes a small synthetic council (seed 3, to 31 March 2026) into a new folder and returns its path. */
export function demoFolder(): string {
  const dir = tempDir();
  writeCouncil(dir, generateCouncil({ seed: 3, size: 'small', end: TODAY, years: 3 }));
  return dir;
}

export const HEADER_CSV = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,01/02/2015,WBRI,UN1,,\n1002,F,11/09/2012,WBRI,UN1,,\n';
export const EPISODES_HEAD = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';

/** Writes a folder with the given Header and Episodes text. */
export function folderWith(episodes: string, header = HEADER_CSV, episodesName = 'episodes.csv'): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'header.csv'), header);
  writeFileSync(join(dir, episodesName), episodes);
  return dir;
}
