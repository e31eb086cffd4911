// The groups panel breakdowns use, from SSDA903 codes and ages: the categories of DfE's national statistics
// ("Children looked after in England including adoptions" and "Children looked after: a focus on placement
// location", Explore Education Statistics), named as DfE names them, so a council's breakdown lines up with the
// national tables. Every code of every collection year's list (ingest/code-lists.ts) is mapped explicitly; a value
// in no year's list is named as such ("Not a 903 … code"), never put silently in a group. Where DfE's grouping of
// a code could not be confirmed from a public source, the comment beside it says so (UNVERIFIED).

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

/**
 * Placement groups of the DfE tables, in display order. The first five are DfE's placement types for children
 * looked after on 31 March in "Children looked after: a focus on placement location" (2024; data set "Median
 * distance for CLA placement types", 1075a0aa-6499-44b7-a427-df9e71876893), whose footnote says the independent
 * and semi-independent group held semi-independent living and living independently to 2023 and supported
 * accommodation from 2024. "Other residential settings" (residential care homes, NHS or other medical or nursing
 * care, family centres or mother-and-baby units, young offender institutions or prison), "Residential schools" and
 * "Other placements" are the categories of DfE's table A2 (SFR 34/2015, footnote 2); that the 2024 tables keep
 * them, under these names, is UNVERIFIED (the 2024 data set has seven placement types, of which five were seen).
 */
export const PLACEMENT_GROUPS = [
  'Foster care', 'Placed for adoption', 'Placed with parents or other person with parental responsibility', 'Secure homes and children’s homes',
  'Independent and semi-independent living arrangements / supported accommodation', 'Other residential settings', 'Residential schools', 'Other placements',
] as const;

/** The group of a PLACE value in no year's code list. */
export const NOT_A_PLACEMENT_CODE = 'Not a 903 placement code';

// SSDA903 PLACE codes of every year (validator rule 146: K3 from 2024/25; H5, P2 and Z1 retired and Z11–Z14 added
// in 2025/26) by DfE group. A code and its successor are in the same group, so no year needs a mapping of its own.
const PLACEMENT: Readonly<Record<string, (typeof PLACEMENT_GROUPS)[number]>> = {
  // Foster placements with relatives or friends (U1–U3) and with other foster carers (U4–U6).
  U1: 'Foster care', U2: 'Foster care', U3: 'Foster care', U4: 'Foster care', U5: 'Foster care', U6: 'Foster care',
  A3: 'Placed for adoption', A4: 'Placed for adoption', A5: 'Placed for adoption', A6: 'Placed for adoption',
  P1: 'Placed with parents or other person with parental responsibility',
  // K1 secure children's homes, K2 children's homes subject to the Children's Homes Regulations.
  K1: 'Secure homes and children’s homes', K2: 'Secure homes and children’s homes',
  // H5 semi-independent living (to 2024/25) and P2 independent living (to 2024/25), then K3 supported accommodation
  // (from 2024/25): DfE's footnote above. DfE's 2015 tables had semi-independent living ("hostels") with secure units and
  // children's homes, and P2 under "other placements in the community"; the 2024 data sets group them as here for
  // every year from 2015.
  H5: 'Independent and semi-independent living arrangements / supported accommodation',
  P2: 'Independent and semi-independent living arrangements / supported accommodation',
  K3: 'Independent and semi-independent living arrangements / supported accommodation',
  // R1 residential care home, R2 NHS or other medical or nursing care, R3 family centre or mother-and-baby unit,
  // R5 young offender institution (SFR 34/2015, footnote 2).
  R1: 'Other residential settings', R2: 'Other residential settings', R3: 'Other residential settings', R5: 'Other residential settings',
  // S1 residential schools, except those also registered as children's homes.
  S1: 'Residential schools',
  // Z1 other placements (to 2024/25) and Z11–Z14 (from 2025/26; what each of the four is, is not in any public
  // source seen: UNVERIFIED that DfE groups all of them as other placements).
  Z1: 'Other placements', Z11: 'Other placements', Z12: 'Other placements', Z13: 'Other placements', Z14: 'Other placements',
  // P3 residential employment: in 2015 with living independently under "other placements in the community", a
  // group the 2024 data sets do not have. UNVERIFIED which group DfE puts it in now.
  P3: 'Other placements',
  // Temporary placements (T0–T4): the dimension groups a child by the placement they are expected to return to,
  // so a T code is grouped only where there is none. UNVERIFIED how DfE's tables group them.
  T0: 'Other placements', T1: 'Other placements', T2: 'Other placements', T3: 'Other placements', T4: 'Other placements',
};

/** Returns the DfE placement group of an SSDA903 PLACE code of any year, or "Not a 903 placement code". */
export function placementGroup(place: string): string {
  return PLACEMENT[place] ?? NOT_A_PLACEMENT_CODE;
}
