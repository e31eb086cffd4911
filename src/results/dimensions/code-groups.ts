// The groups panel breakdowns use, from SSDA903 codes and ages. Age bands, major ethnic groups and legal-status
// groups are the DfE children-looked-after tables' own, so a council's breakdown lines up with the national tables. Every sex, ethnicity and legal-status code of every
// collection year's list (ingest/code-lists.ts) is mapped explicitly, a value in no list named as such. The
// placement-type groups are carestats' own, made to agree with its measures (fostered U1–U6, residential
// K1, K2, R1, S1): they are not the national tables' placement
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

/**
 * Legal-status groups of the DfE tables, in display order: children "under a care order", "under a voluntary
 * agreement", "under a placement order", "detained for child protection" and "under youth justice legal
 * statuses" (Children looked after in England including adoptions, 2020, "Legal status of children looked
 * after"; data set 527b1848-c798-4ce0-8c67-610fc1b2a0ab, footnote 4 on youth justice legal statuses).
 */
export const LEGAL_STATUS_GROUPS = [
  'Care order', 'Placement order', 'Voluntary agreement under section 20', 'Detained for child protection', 'Youth justice legal status',
] as const;

/**
 * Short breaks (V3, V4): DfE's figures leave these children out, so its tables have no such group and it is
 * not among those always listed; a measure whose cohort takes in a child on a short break on the day shows it.
 */
export const SHORT_BREAKS = 'Short breaks (not counted as looked after in DfE figures)';

/** The group of an LS value in no year's code list. */
export const NOT_A_LEGAL_STATUS_CODE = 'Not a 903 legal status code';

// SSDA903 LS codes (validator rule 144; the same 13 in every year carestats reads) by DfE group.
const LEGAL_STATUS: Readonly<Record<string, (typeof LEGAL_STATUS_GROUPS)[number] | typeof SHORT_BREAKS>> = {
  // Interim (C1) and full (C2) care orders.
  C1: 'Care order', C2: 'Care order',
  // E1 placement order. D1 freeing order, which placement orders replaced for applications from 30 December 2005
  // (DfE footnote 3 to data set 527b1848…): counted here with placement orders. UNVERIFIED whether DfE's tables
  // count freeing orders with placement orders or on a line of their own.
  E1: 'Placement order', D1: 'Placement order',
  // V2 single period of accommodation under section 20 of the Children Act 1989.
  V2: 'Voluntary agreement under section 20',
  // L1 police protection, L2 emergency protection order, L3 child assessment order.
  L1: 'Detained for child protection', L2: 'Detained for child protection', L3: 'Detained for child protection',
  // J1 remanded, J2 placed under the Police and Criminal Evidence Act 1984, J3 youth rehabilitation order with a
  // residence or intensive fostering requirement.
  J1: 'Youth justice legal status', J2: 'Youth justice legal status', J3: 'Youth justice legal status',
  // Agreed series of short breaks: individual episodes recorded (V3), or agreements recorded (V4).
  V3: SHORT_BREAKS, V4: SHORT_BREAKS,
};

/** Returns the DfE legal-status group of an SSDA903 LS code, short breaks, or "Not a 903 legal status code". */
export function legalStatusGroup(ls: string): string {
  return LEGAL_STATUS[ls] ?? NOT_A_LEGAL_STATUS_CODE;
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
