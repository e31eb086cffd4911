// SSDA903 code lists used when reading files (../shared/reference/ssda903.md §1, "Code lists").
// These are the codes valid in at least one collection year since 2016/17; which codes are valid in which
// year (for example K3 only from 2024/25) is a data-quality check of its own, not a reason to refuse a file.

/** SEX: 1/2 to 2023/24, M/F/U from 2024/25. */
export const SEX = ['1', '2', 'M', 'F', 'U'] as const;

/** RNE: reason for new episode. */
export const RNE = ['S', 'L', 'P', 'T', 'B', 'U'] as const;

/** LS: legal status. V3 and V4 are short breaks. */
export const LEGAL_STATUS = ['C1', 'C2', 'D1', 'E1', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3', 'V2', 'V3', 'V4'] as const;

/** CIN: category of need. */
export const CATEGORY_OF_NEED = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'] as const;

/** PLACE: placement type, every code used since 2016/17 (H5, P2, Z1 retired in 2025/26; K3 from 2024/25; Z11–Z14 from 2025/26). */
export const PLACEMENT_TYPE = [
  'A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1',
  'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14',
] as const;

/** REC: reason episode ceased (E43/E44 to 2017/18, E45–E48 from 2018/19). X1 continues the period of care. */
export const REASON_CEASED = [
  'X1', 'E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48',
  'E5', 'E6', 'E7', 'E8', 'E9', 'E14', 'E15', 'E16', 'E17',
] as const;

/** PLACE_PROVIDER: placement provider. */
export const PLACEMENT_PROVIDER = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'] as const;
