// Reads the dates councils' files contain: DfE's dd/mm/yyyy, and the ISO and Excel date-time forms that
// appear when a file has been opened and saved in Excel.
import { type Day, validDay } from '../core/civil-date.ts';

const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// "2020-07-31" or Excel's "2020-07-31 00:00:00" (time of day must be midnight: these are calendar dates).
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$/;

/** Parses a date cell. Returns null for a blank cell and 'invalid' for text that is not a real calendar date. */
export function parseFileDate(text: string): Day | null | 'invalid' {
  if (text === '') return null;
  let m = UK.exec(text);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1])) ?? 'invalid';
  m = ISO.exec(text);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3])) ?? 'invalid';
  return 'invalid';
}
