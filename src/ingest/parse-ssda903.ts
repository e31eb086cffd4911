// Turns recognised SSDA903 CSV tables into typed Header and Episodes records, with an issue for every bad field.
import type { Issue } from '../checks/issue.ts';
import { CATEGORY_OF_NEED, LEGAL_STATUS, PLACEMENT_PROVIDER, PLACEMENT_TYPE, REASON_CEASED, RNE, SEX } from './code-lists.ts';
import type { CsvTable } from './read-csv.ts';
import type { EpisodeRecord, HeaderRecord } from './records.ts';
import { rowReaders } from './row-reader.ts';

/** Reads Header rows. Rows with a problem are left out, reported, and their child ids added to `rejected`. */
export function parseHeader(table: CsvTable, issues: Issue[], rejected: Set<string>): HeaderRecord[] {
  const reader = rowReaders(table, issues);
  const out: HeaderRecord[] = [];
  for (const row of table.rows) {
    const r = reader(row);
    const record: HeaderRecord = {
      child: r.required('CHILD'),
      // SEX was 1/2 to 2023/24 and M/F/U from 2024/25: one form (M/F/U) so years stack consistently.
      sex: normaliseSex(r.code('SEX', SEX, true)),
      dob: r.requiredDate('DOB'),
      ethnic: r.text('ETHNIC').toUpperCase(),
      upn: r.text('UPN').toUpperCase(),
      mother: r.text('MOTHER'),
      mcDob: r.optionalDate('MC_DOB'),
      source: r.source,
    };
    if (!r.failed) out.push(record);
    else rejected.add(record.child);
  }
  return out;
}

/** Reads Episodes rows. Rows with a problem are left out, reported, and their child ids added to `rejected`. */
export function parseEpisodes(table: CsvTable, issues: Issue[], rejected: Set<string>): EpisodeRecord[] {
  const reader = rowReaders(table, issues);
  const out: EpisodeRecord[] = [];
  for (const row of table.rows) {
    const r = reader(row);
    const record: EpisodeRecord = {
      child: r.required('CHILD'),
      decom: r.requiredDate('DECOM'),
      rne: r.code('RNE', RNE, true),
      ls: r.code('LS', LEGAL_STATUS, true),
      cin: r.code('CIN', CATEGORY_OF_NEED, false),
      place: r.code('PLACE', PLACEMENT_TYPE, true),
      placeProvider: r.code('PLACE_PROVIDER', PLACEMENT_PROVIDER, false),
      dec: r.optionalDate('DEC'),
      rec: r.code('REC', REASON_CEASED, false),
      reasonPlaceChange: r.text('REASON_PLACE_CHANGE').toUpperCase(),
      homePost: r.text('HOME_POST').toUpperCase(),
      plPost: r.text('PL_POST').toUpperCase(),
      urn: r.text('URN').toUpperCase(),
      source: r.source,
    };
    if (!r.failed) out.push(record);
    else rejected.add(record.child);
  }
  return out;
}

function normaliseSex(code: string): string {
  return code === '1' ? 'M' : code === '2' ? 'F' : code;
}
