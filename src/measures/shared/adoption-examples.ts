// Builds AD1 and PlacedAdoption records for worked examples of the adoption measures.
import type { Ad1Record, PlacedAdoptionRecord } from '../../ingest/records.ts';
import type { SuppliedTable } from '../../timeline/build-timelines.ts';
import { ALL_TABLES, exampleDay } from '../example-kit.ts';

let row = 0;

/** Makes an AD1 row: decision date, match date (dd/mm/yyyy or null) and whether adopted by the foster carers. */
export function ad1(child: string, decision: string, match: string | null, fosterCare = false): Ad1Record {
  row += 1;
  return {
    child, dob: 0, dateInt: exampleDay(decision), dateMatch: match === null ? null : exampleDay(match), fosterCare: fosterCare ? '1' : '0',
    nbAdoptr: '2', sexAdoptr: 'MF', lsAdoptr: 'L11', file: 'worked-example ad1', row, year: 0,
  };
}

/** Makes a PlacedAdoption row: the decision that the child should be placed for adoption and, if made, its reversal. */
export function decision(child: string, decided: string, reversed: string | null = null): PlacedAdoptionRecord {
  row += 1;
  return {
    child, dob: 0, datePlaced: exampleDay(decided), datePlacedCeased: reversed === null ? null : exampleDay(reversed), reasonPlacedCeased: reversed === null ? '' : 'RD1',
    file: 'worked-example placed_adoption', row, year: 0,
  };
}

/** Every table except the one named: what a council that did not supply it has. */
export function allTablesBut(table: SuppliedTable): SuppliedTable[] {
  return ALL_TABLES.filter((t) => t !== table);
}
