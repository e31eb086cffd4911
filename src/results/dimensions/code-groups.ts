// The groups panel breakdowns use, from SSDA903 codes and ages. Age bands and major ethnic groups are the DfE
// children-looked-after tables' own, so a council's breakdown lines up with the national tables. The legal-status
// and placement-type groups are carestats' own, made to agree with its measures (fostered U1–U6, residential
// K1, K2, R1, S1; care orders, placement orders, section 20): they are not the national tables' placement
// categories, which group some codes differently (residential care homes with other residential settings, for
// one; the exact DfE categories are not confirmed here), so a placement breakdown is not compared with them.

/** Age bands of the DfE children-looked-after tables, youngest first. */
export const AGE_BANDS = ['Under 1', '1 to 4', '5 to 9', '10 to 15', '16 and over'] as const;

/** Returns the DfE age band of an age in whole years. */
export function ageBand(age: number): string {
  if (age < 1) return 'Under 1';
  if (age < 5) return '1 to 4';
  if (age < 10) return '5 to 9';
  if (age < 16) return '10 to 15';
  return '16 and over';
}

/** Sex groups in display order. */
export const SEXES = ['Male', 'Female', 'Unknown'] as const;

/** Names the SSDA903 SEX code (M, F or U; ingest reads the older 1 and 2 as M and F). */
export function sexGroup(code: string): string {
  if (code === 'M') return 'Male';
  if (code === 'F') return 'Female';
  return 'Unknown';
}

/** DfE major ethnic groups, in the order of the national tables. */
export const ETHNIC_GROUPS = [
  'White', 'Mixed', 'Asian or Asian British', 'Black or Black British', 'Other ethnic groups', 'Refused or not obtained',
] as const;

// SSDA903 ETHNIC codes (ssda903.md) by DfE major group. Chinese (CHNE) sits under "Other ethnic groups", as in
// the DfE children-looked-after tables built on the 903 code list.
const ETHNIC: Readonly<Record<string, (typeof ETHNIC_GROUPS)[number]>> = {
  WBRI: 'White', WIRI: 'White', WOTH: 'White', WIRT: 'White', WROM: 'White',
  MWBC: 'Mixed', MWBA: 'Mixed', MWAS: 'Mixed', MOTH: 'Mixed',
  AIND: 'Asian or Asian British', APKN: 'Asian or Asian British', ABAN: 'Asian or Asian British', AOTH: 'Asian or Asian British',
  BCRB: 'Black or Black British', BAFR: 'Black or Black British', BOTH: 'Black or Black British',
  CHNE: 'Other ethnic groups', OOTH: 'Other ethnic groups',
  REFU: 'Refused or not obtained', NOBT: 'Refused or not obtained',
};

/** Returns the DfE major ethnic group of an SSDA903 ETHNIC code, or "Not a 903 ethnicity code". */
export function ethnicGroup(code: string): string {
  return ETHNIC[code] ?? 'Not a 903 ethnicity code';
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
