// What carestats reads in the SSD's free-text columns, whose wording the SSD leaves to each council: one home for
// the measures, which read the values, and for typing, which tells the analyst of a value it cannot read (a
// field's `known`, fields.ts). Before, a council that wrote its health assessments "LAC Medical", or its checks'
// status "Attended", had 0% of children with a health assessment, and nothing said why.

/** Which values of a free-text column carestats reads, and what it reads them as, in words for the analyst. */
export interface KnownValues {
  /** Asked only of a value that is not blank (type-table.ts noteUnknown): a blank is the column's own business. */
  test(value: string): boolean;
  /** After "carestats reads": what the values it understands are. */
  reads: string;
}

/** An ssd_cla_health row is a health assessment ("Health Assessment", "Review Health Assessment", "IHA", "RHA"). */
export function isHealthAssessment(type: string): boolean {
  const t = type.trim().toLowerCase();
  return t.includes('health assessment') || /^(i|r)?ha$/.test(t);
}

/** An ssd_cla_health row is a dental check ("Dental Check", "Dental", "Teeth check"). */
export function isDentalCheck(type: string): boolean {
  const t = type.trim().toLowerCase();
  return t.includes('dental') || t.includes('teeth') || t.includes('dentist');
}

/**
 * A check took place: status Completed, or left blank (many extracts fill only the date of the check). Planned,
 * Refused and Cancelled checks did not take place (SSD code set for clah_health_check_status).
 */
export function healthCheckTookPlace(status: string): boolean {
  const s = status.trim().toLowerCase();
  return s === '' || s === 'completed' || s === 'complete';
}

/** Statuses that say a check did not take place, which carestats reads as such. */
const NOT_HELD = new Set(['planned', 'refused', 'declined', 'cancelled', 'canceled', 'not completed', 'did not attend', 'dna', 'booked', 'scheduled']);

/** A missing episode's type: missing or away ("M", "Missing from placement"; "A", "Absent", "Away"), or null. */
export function missingKind(type: string): 'missing' | 'away' | null {
  const t = type.trim().toLowerCase();
  if (t === 'm' || t.startsWith('missing')) return 'missing';
  if (t === 'a' || t.startsWith('absent') || t.startsWith('away')) return 'away';
  return null;
}

/** An SSD eligibility that says relevant or former relevant, however the council spells it. */
export function isRelevant(eligibility: string): boolean {
  let known = RELEVANT.get(eligibility);
  if (known === undefined) {
    const key = letters(eligibility);
    known = key === 'relevant' || key === 'formerrelevant' || key === 'relevantchild' || key === 'formerrelevantchild';
    // A council uses a handful of spellings, asked about for every care leaver at every month end.
    if (RELEVANT.size < 1000) RELEVANT.set(eligibility, known);
  }
  return known;
}
const RELEVANT = new Map<string, boolean>();

/** The other eligibility categories of the Children (Leaving Care) Act 2000 and its guidance, none of them a care leaver the measures count. */
const OTHER_ELIGIBILITY = new Set(['eligible', 'eligiblechild', 'qualifying', 'qualifyingchild', 'qualifyingcareleaver', 'nocurrenteligibility', 'noteligible', 'none']);

/** A suitability of accommodation: true suitable, false unsuitable, null not a word carestats reads as either. */
export function suitabilityWord(value: string): boolean | null {
  const s = value.trim().toLowerCase();
  if (['suitable', 'y', 'yes', '1'].includes(s)) return true;
  if (['unsuitable', 'not suitable', 'n', 'no', '2'].includes(s)) return false;
  return null;
}

/**
 * A yes or no as a database or spreadsheet writes one, Y or N: an SSD flag kept in a bit column comes out 1 or
 * 0, and Excel writes TRUE and FALSE. Typing reads a Y/N code column's words by it (cell-converters.ts), and the
 * measures a free-text flag's.
 */
const YES_NO_WORDS: ReadonlyMap<string, 'Y' | 'N'> = new Map([['Y', 'Y'], ['YES', 'Y'], ['TRUE', 'Y'], ['1', 'Y'], ['N', 'N'], ['NO', 'N'], ['FALSE', 'N'], ['0', 'N']]);

/** Y or N for a yes or no written as a letter, a word or 1 or 0 (`YES_NO_WORDS`), case and spaces aside; else null. */
export function yesNoOf(value: string): 'Y' | 'N' | null {
  return YES_NO_WORDS.get(value.trim().toUpperCase()) ?? null;
}

/** A return-home-interview flag that says yes (the SSD writes Y, N, NA or leaves it blank; a bit column 1 or 0). */
export function isYes(flag: string | null): boolean {
  return yesNoOf(flag ?? '') === 'Y';
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

/** The values of each free-text column the measures read (fields-ssd.ts gives them to typing). */
export const KNOWN = {
  healthCheckType: {
    test: (v) => isHealthAssessment(v) || isDentalCheck(v),
    reads: 'health assessments (wording with "health assessment", or IHA or RHA) and dental checks (with "dental", "teeth" or "dentist"); a row of any other check counts towards neither',
  },
  healthCheckStatus: {
    test: (v) => healthCheckTookPlace(v) || NOT_HELD.has(v.trim().toLowerCase()),
    reads: 'Completed (or blank) as a check that took place, and Planned, Refused, Declined, Cancelled or Did not attend as one that did not; any other status counts as a check that did not take place',
  },
  missingType: {
    test: (v) => missingKind(v) !== null,
    reads: 'Missing (or M) and Away or Absent (or A); an episode of any other type is counted as neither',
  },
  eligibility: {
    test: (v) => isRelevant(v) || OTHER_ELIGIBILITY.has(letters(v)),
    reads: 'Relevant and Former relevant as care leavers, and Eligible, Qualifying and No current eligibility as not; a young person with any other eligibility is not counted as a care leaver',
  },
  accommodationSuitable: {
    test: (v) => suitabilityWord(v) !== null,
    reads: 'Suitable (or Y, Yes, 1) and Unsuitable (or Not suitable, N, No, 2); any other value counts as suitability not recorded',
  },
  rhiFlag: {
    test: (v) => yesNoOf(v) !== null || ['NA', 'N/A'].includes(v.trim().toUpperCase()),
    reads: 'Y (or Yes, True, 1) as an interview offered, and N (or No, False, 0) or NA as not; any other value counts as not offered',
  },
} as const satisfies Record<string, KnownValues>;
