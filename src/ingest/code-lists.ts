// SSDA903 code lists, with the collection years each code is valid in (../shared/reference/ssda903.md §1,
// "Code lists" and "Year changes"). A collection year is named by the year it ends: 2025 is 2024/25
// (1 April 2024 to 31 March 2025), as the DfE validator names it.
//
// A code valid in no year is `code-invalid`; one valid in other years but not this return's is
// `code-not-valid-for-year` (for example K3 in a 2023/24 return), so older returns keep the codes of their time.

/** A collection year, named by the calendar year it ends in (2025 = 2024/25). */
export type CollectionYear = number;

/** The first collection year carestats reads (2016/17). */
export const FIRST_YEAR: CollectionYear = 2017;

/** When a code is valid: from and to are inclusive collection years; absent means open-ended. */
interface Validity {
  from?: CollectionYear;
  to?: CollectionYear;
}

/** A code list whose codes may come and go by collection year. */
export interface CodeList {
  /** Every code valid in at least one year, for messages and quick rejection. */
  readonly all: readonly string[];
  /** True when `code` is valid in `year`. */
  validIn(code: string, year: CollectionYear): boolean;
  /** The codes valid in `year`, for the message that lists them. */
  codesIn(year: CollectionYear): string[];
  /** Collection years a code is valid in, in words ("from 2024/25"), for messages. */
  describe(code: string): string;
}

/** Makes a code list: `codes` are always valid unless `changes` limits them. */
export function codeList(codes: readonly string[], changes: Readonly<Record<string, Validity>> = {}): CodeList {
  const all = [...codes];
  const allSet = new Set(all);
  const inYear = (code: string, year: CollectionYear) => {
    if (!allSet.has(code)) return false;
    const v = changes[code];
    return !v || ((v.from === undefined || year >= v.from) && (v.to === undefined || year <= v.to));
  };
  return {
    all,
    validIn: inYear,
    codesIn: (year) => all.filter((c) => inYear(c, year)),
    describe(code) {
      const v = changes[code];
      if (!v) return 'in every year';
      if (v.from !== undefined && v.to !== undefined) return `from ${yearName(v.from)} to ${yearName(v.to)}`;
      if (v.from !== undefined) return `from ${yearName(v.from)}`;
      return v.to === undefined ? 'in every year' : `up to ${yearName(v.to)}`;
    },
  };
}

/** "2024/25" for 2025. */
export function yearName(year: CollectionYear): string {
  return `${String(year - 1)}/${String(year % 100).padStart(2, '0')}`;
}

/** SEX: 1/2 to 2023/24, M/F/U from 2024/25 (validator rule 101). */
export const SEX = codeList(['1', '2', 'M', 'F', 'U'], { '1': { to: 2024 }, '2': { to: 2024 }, M: { from: 2025 }, F: { from: 2025 }, U: { from: 2025 } });

/**
 * The SEX code as a return of `year` wrote it, from the M/F/U stacking reads every year's as: a return before
 * 2024/25 can only have written 1 or 2 (its codes are checked for its year). A return of unknown year (0) may
 * have written either, so its M and F stay M and F.
 */
export function sexAsWritten(code: string, year: CollectionYear): string {
  if (year === 0 || year > 2024) return code;
  return code === 'M' ? '1' : code === 'F' ? '2' : code;
}

export const ETHNIC = codeList([
  'WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH',
  'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT',
]);

/** RNE: reason for new episode. */
export const RNE = codeList(['S', 'L', 'P', 'T', 'B', 'U']);

/** LS: legal status. V3 and V4 are short breaks. */
export const LEGAL_STATUS = codeList(['C1', 'C2', 'D1', 'E1', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3', 'V2', 'V3', 'V4']);

/**
 * Legal statuses of agreed series of short breaks, excluded from children-looked-after figures (903 guidance).
 * Here, below the checks and the timelines, so both read the one set.
 */
export const SHORT_BREAK_STATUSES: ReadonlySet<string> = new Set(['V3', 'V4']);

/** REC E3: care taken over by another council in the UK. DfE care-leaver figures leave these young people out (rule 1011); the checks and the measures read this one code. */
export const REC_CARE_TRANSFERRED = 'E3';

/** ACCOM letters never suitable: no fixed abode (S) and custody (X), whose S1 and X1 the validator rejects (rule 133). */
export const NEVER_SUITABLE_ACCOMMODATION: ReadonlySet<string> = new Set(['S', 'X']);

/** CIN: category of need. */
export const CATEGORY_OF_NEED = codeList(['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8']);

/**
 * PLACE (rule 146): K3 from 2024/25; H5, P2 and Z1 retired and Z11–Z14 added in 2025/26. The reference
 * says K3 "replaces" H5 in 2024/25 but lists H5 as gone only in 2025/26, so H5 stays valid in 2024/25
 * (validator rule 503D accepts an open H5 becoming K3).
 */
export const PLACEMENT_TYPE = codeList(
  [
    'A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1',
    'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14',
  ],
  { K3: { from: 2025 }, H5: { to: 2025 }, P2: { to: 2025 }, Z1: { to: 2025 }, Z11: { from: 2026 }, Z12: { from: 2026 }, Z13: { from: 2026 }, Z14: { from: 2026 } },
);

/** PLACE_PROVIDER. */
export const PLACEMENT_PROVIDER = codeList(['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5']);

/** REC: E43/E44 to 2017/18, E45–E48 from 2018/19. X1 continues the period of care. */
export const REASON_CEASED = codeList(
  ['X1', 'E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48', 'E5', 'E6', 'E7', 'E8', 'E9', 'E14', 'E15', 'E16', 'E17'],
  { E43: { to: 2018 }, E44: { to: 2018 }, E45: { from: 2019 }, E46: { from: 2019 }, E47: { from: 2019 }, E48: { from: 2019 } },
);

/** REASON_PLACE_CHANGE: CUSTOD from 2018/19. */
export const REASON_PLACE_CHANGE = codeList(['CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER'], { CUSTOD: { from: 2019 } });

export const REVIEW_CODE = codeList(['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);
export const SDQ_REASON = codeList(['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5']);
export const IN_TOUCH = codeList(['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM']);

/** ACTIV: F3/P3 to 2020/21; F4/P4/F5/P5 from 2021/22. */
export const ACTIVITY = codeList(
  ['F1', 'P1', 'F2', 'P2', 'F3', 'P3', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0'],
  { F3: { to: 2021 }, P3: { to: 2021 }, F4: { from: 2022 }, P4: { from: 2022 }, F5: { from: 2022 }, P5: { from: 2022 } },
);

/** ACCOM: a letter and 1 (suitable) or 2 (unsuitable), or 0; S1 and X1 are not accepted (validator rule 133). */
export const ACCOMMODATION = codeList([
  '0',
  ...['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'].flatMap((l) => [`${l}1`, `${l}2`]).filter((c) => c !== 'S1' && c !== 'X1'),
]);

export const MISSING_TYPE = codeList(['M', 'A']);
export const PREV_PERM = codeList(['P1', 'P2', 'P3', 'P4', 'Z1']);
export const REASON_PLACED_CEASED = codeList(['RD1', 'RD2', 'RD3', 'RD4']);
export const SEX_ADOPTER = codeList(['M1', 'F1', 'MM', 'FF', 'MF']);
export const LS_ADOPTER = codeList(['L0', 'L11', 'L12', 'L2', 'L3', 'L4']);
export const NB_ADOPTER = codeList(['1', '2']);
export const SW_REASON = codeList(['MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS']);
export const FLAG_01 = codeList(['0', '1']);
export const YES_NO = codeList(['Y', 'N']);
