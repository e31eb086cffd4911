// The groups panel breakdowns use, from SSDA903 codes and ages. Age bands and major ethnic groups are the DfE
// children-looked-after tables' own, so a council's breakdown lines up with the national tables. Every sex and ethnicity code of every
// collection year's list (ingest/code-lists.ts) is mapped explicitly, a value in no list named as such. The legal-status
// and placement-type groups are carestats' own, made to agree with its measures (fostered U1–U6, residential
// K1, K2, R1, S1; care orders, placement orders, section 20): they are not the national tables' placement
// categories, which group some codes differently (residential care homes with other residential settings, for
// one; the exact DfE categories are not confirmed here), so a placement breakdown is not compared with them.

/**
 * Age bands of the DfE tables, youngest first, as named in DfE's data sets (for example "CLA by placement
 * distance locality and by age", Explore Education Statistics, data set 010296e9-1247-4b93-8e89-d1b9af45af50:
 * "Under 1 year" to "16 years and over"). DfE bands the age on 31 March, or on starting; carestats the age on
 * the day the child is grouped on (the month end, or the day of the event a measure counts).
 */
export const AGE_BANDS = ['Under 1 year', '1 to 4 years', '5 to 9 years', '10 to 15 years', '16 years and over'] as const;

/** Returns the DfE age band of an age in whole years. */
export function ageBand(age: number): string {
  if (age < 1) return 'Under 1 year';
  if (age < 5) return '1 to 4 years';
  if (age < 10) return '5 to 9 years';
  if (age < 16) return '10 to 15 years';
  return '16 years and over';
}

/** Sex groups in display order. */
export const SEXES = ['Male', 'Female', 'Unknown'] as const;

/** The group of a SEX value in no year's code list (blank, or a code of another scheme). */
export const NOT_A_SEX_CODE = 'Not a 903 sex code';

// SSDA903 SEX (validator rule 101): 1 male and 2 female to 2023/24; M, F and U (unknown) from 2024/25. Ingest
// reads 1 and 2 as M and F (ingest/stack-years.ts), but every year's code is named here.
const SEX: Readonly<Record<string, (typeof SEXES)[number]>> = { '1': 'Male', '2': 'Female', M: 'Male', F: 'Female', U: 'Unknown' };

/** Names the SSDA903 SEX code of any year, or "Not a 903 sex code". */
export function sexGroup(code: string): string {
  return SEX[code] ?? NOT_A_SEX_CODE;
}

/**
 * DfE major ethnic groups, in the order and words of DfE's children-looked-after data sets (ethnicity_major in
 * "CLA by placement distance locality and by ethnicity", Explore Education Statistics, data set
 * e96e601e-7512-4ddf-ad92-1b6c34719377, 2015 to 2024).
 */
export const ETHNIC_GROUPS = [
  'White', 'Mixed or Multiple ethnic groups', 'Asian or Asian British', 'Black, African, Caribbean or Black British', 'Other ethnic group',
  'Refused or information not yet available',
] as const;

/** The group of an ETHNIC value in no year's code list. */
export const NOT_AN_ETHNICITY_CODE = 'Not a 903 ethnicity code';

// SSDA903 ETHNIC codes (validator rule 103; the same 20 codes in every year carestats reads) by DfE major group.
// Chinese (CHNE) is under "Other ethnic group": so DfE's children-looked-after table A1 (SFR 27/2007, as quoted in
// Hansard, 8 July 2008) and its children-in-need table A4 (2018 to 2020, footnote 5: "Other ethnic groups comprises
// Chinese and any other ethnic group"). UNVERIFIED for the releases since DfE renamed the groups in the census's words
// (the census puts Chinese under Asian): no public source seen says which group DfE's CLA tables now put it in.
const ETHNIC: Readonly<Record<string, (typeof ETHNIC_GROUPS)[number]>> = {
  WBRI: 'White', WIRI: 'White', WOTH: 'White', WIRT: 'White', WROM: 'White',
  MWBC: 'Mixed or Multiple ethnic groups', MWBA: 'Mixed or Multiple ethnic groups', MWAS: 'Mixed or Multiple ethnic groups', MOTH: 'Mixed or Multiple ethnic groups',
  AIND: 'Asian or Asian British', APKN: 'Asian or Asian British', ABAN: 'Asian or Asian British', AOTH: 'Asian or Asian British',
  BCRB: 'Black, African, Caribbean or Black British', BAFR: 'Black, African, Caribbean or Black British', BOTH: 'Black, African, Caribbean or Black British',
  CHNE: 'Other ethnic group', OOTH: 'Other ethnic group',
  // REFU refused, NOBT information not yet obtained.
  REFU: 'Refused or information not yet available', NOBT: 'Refused or information not yet available',
};

/** Returns the DfE major ethnic group of an SSDA903 ETHNIC code, or "Not a 903 ethnicity code". */
export function ethnicGroup(code: string): string {
  return ETHNIC[code] ?? NOT_AN_ETHNICITY_CODE;
}

/** Legal-status groups in display order. */
export const LEGAL_STATUS_GROUPS = ['Care order', 'Placement order', 'Section 20 (accommodated by agreement)', 'Youth justice', 'Other legal status'] as const;

/**
 * Returns the legal-status group of an SSDA903 LS code: interim and full care orders (C1, C2), placement orders
 * (E1, and D1 freeing orders, which placement orders replaced), section 20 (V2), youth justice (J1 remanded to
 * local authority or youth detention accommodation, J2 placed in local authority accommodation under PACE 1984,
 * J3 a youth rehabilitation order with a residence or intensive fostering requirement), and everything else
 * (police protection, emergency protection and child assessment orders L1–L3, short breaks V3/V4). Youth
 * justice is a group of its own: the child is looked after because of the youth justice system, not for their
 * protection, as L1–L3 are.
 */
export function legalStatusGroup(ls: string): string {
  if (ls === 'C1' || ls === 'C2') return 'Care order';
  if (ls === 'E1' || ls === 'D1') return 'Placement order';
  if (ls === 'V2') return 'Section 20 (accommodated by agreement)';
  if (ls === 'J1' || ls === 'J2' || ls === 'J3') return 'Youth justice';
  return 'Other legal status';
}

/** Placement-type groups in display order. */
export const PLACEMENT_GROUPS = [
  'Foster care', 'Placed for adoption', 'Children’s homes, secure and residential', 'Placed with parents',
  'Independent and semi-independent living', 'Other placements',
] as const;

const PLACEMENT: Readonly<Record<string, (typeof PLACEMENT_GROUPS)[number]>> = {
  U1: 'Foster care', U2: 'Foster care', U3: 'Foster care', U4: 'Foster care', U5: 'Foster care', U6: 'Foster care',
  A3: 'Placed for adoption', A4: 'Placed for adoption', A5: 'Placed for adoption', A6: 'Placed for adoption',
  // Secure children's homes, children's homes, residential care homes and residential schools.
  K1: 'Children’s homes, secure and residential', K2: 'Children’s homes, secure and residential',
  R1: 'Children’s homes, secure and residential', S1: 'Children’s homes, secure and residential',
  P1: 'Placed with parents',
  // Semi-independent living (H5, replaced by supported accommodation K3 in 2024/25) and independent living (P2).
  H5: 'Independent and semi-independent living', K3: 'Independent and semi-independent living', P2: 'Independent and semi-independent living',
};

/**
 * Returns the placement-type group of an SSDA903 PLACE code. Everything not named above is "Other placements":
 * residential employment (P3), health settings (R2), family centres (R3), young offender institutions (R5),
 * temporary moves (T0–T4) and the Z codes.
 */
export function placementGroup(place: string): string {
  return PLACEMENT[place] ?? 'Other placements';
}
