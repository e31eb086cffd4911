// Each SSDA903 table's columns, typed (../shared/reference/ssda903.md §1), and how it stacks across returns.
import * as C from './code-lists.ts';
import { field as f, type FieldsOf, type StackRule } from './fields.ts';
import type * as R from './records.ts';
import type { Ssda903TableName } from './ssda903-tables.ts';

/** One 903 table's declaration: the typed fields, the property of Ssda903Data it fills and how it stacks. */
export interface Table903<Rec> {
  name: Ssda903TableName;
  key: keyof Omit<R.Ssda903Data, 'returns'>;
  fields: FieldsOf<Rec>;
  stack: StackRule<Rec>;
  /** For a table added to the return after the others, the first collection year whose return has it (ssda903.md §1). */
  firstYear?: C.CollectionYear;
}

const child = f.id('CHILD');
const dob = f.date('DOB', true);

export const HEADER: Table903<R.HeaderRecord> = {
  name: 'Header',
  key: 'headers',
  fields: {
    child, sex: f.code('SEX', C.SEX, true), dob, ethnic: f.code('ETHNIC', C.ETHNIC, true), upn: f.text('UPN'),
    mother: f.code('MOTHER', C.FLAG_01), mcDob: f.date('MC_DOB'),
  },
  stack: { kind: 'latest', key: ['child'], same: () => true },
};

export const EPISODES: Table903<R.EpisodeRecord> = {
  name: 'Episodes',
  key: 'episodes',
  fields: {
    child, decom: f.date('DECOM', true), rne: f.code('RNE', C.RNE, true), ls: f.code('LS', C.LEGAL_STATUS, true),
    cin: f.code('CIN', C.CATEGORY_OF_NEED), place: f.code('PLACE', C.PLACEMENT_TYPE, true),
    placeProvider: f.code('PLACE_PROVIDER', C.PLACEMENT_PROVIDER), dec: f.date('DEC'), rec: f.code('REC', C.REASON_CEASED),
    reasonPlaceChange: f.code('REASON_PLACE_CHANGE', C.REASON_PLACE_CHANGE), homePost: f.text('HOME_POST'),
    plPost: f.text('PL_POST'), urn: f.text('URN'),
  },
  // An episode is its child and start date: a later return's copy is the truth (it may close an open one).
  stack: { kind: 'latest', key: ['child', 'decom'], same: (a, b) => a.decom === b.decom },
};

export const REVIEWS: Table903<R.ReviewRecord> = {
  name: 'Reviews', key: 'reviews',
  fields: { child, dob, review: f.date('REVIEW', true), reviewCode: f.code('REVIEW_CODE', C.REVIEW_CODE) },
  stack: { kind: 'latest', key: ['child', 'review'], same: (a, b) => a.review === b.review },
};
export const UASC: Table903<R.UascRecord> = {
  name: 'UASC', key: 'uasc',
  fields: { child, sex: f.code('SEX', C.SEX, true), dob, duc: f.date('DUC') },
  stack: { kind: 'latest', key: ['child'], same: () => true },
};
export const OC2: Table903<R.Oc2Record> = {
  name: 'OC2', key: 'oc2',
  fields: {
    child, dob, sdqScore: f.int('SDQ_SCORE', 0, 40), sdqReason: f.code('SDQ_REASON', C.SDQ_REASON),
    convicted: f.code('CONVICTED', C.FLAG_01), healthCheck: f.code('HEALTH_CHECK', C.FLAG_01),
    immunisations: f.code('IMMUNISATIONS', C.FLAG_01), teethCheck: f.code('TEETH_CHECK', C.FLAG_01),
    healthAssessment: f.code('HEALTH_ASSESSMENT', C.FLAG_01), substanceMisuse: f.code('SUBSTANCE_MISUSE', C.FLAG_01),
    interventionReceived: f.code('INTERVENTION_RECEIVED', C.FLAG_01), interventionOffered: f.code('INTERVENTION_OFFERED', C.FLAG_01),
  },
  // OC2 describes the child over one collection year: each year's row is a different fact.
  stack: { kind: 'per-year' },
};
export const OC3: Table903<R.Oc3Record> = {
  name: 'OC3', key: 'oc3',
  fields: { child, dob, inTouch: f.code('IN_TOUCH', C.IN_TOUCH), activ: f.code('ACTIV', C.ACTIVITY), accom: f.code('ACCOM', C.ACCOMMODATION) },
  stack: { kind: 'per-year' },
};
export const AD1: Table903<R.Ad1Record> = {
  name: 'AD1', key: 'ad1',
  fields: {
    child, dob, dateInt: f.date('DATE_INT'), dateMatch: f.date('DATE_MATCH'), fosterCare: f.code('FOSTER_CARE', C.FLAG_01),
    nbAdoptr: f.code('NB_ADOPTR', C.NB_ADOPTER), sexAdoptr: f.code('SEX_ADOPTR', C.SEX_ADOPTER), lsAdoptr: f.code('LS_ADOPTR', C.LS_ADOPTER),
  },
  stack: { kind: 'latest', key: ['child'], same: () => true },
};
export const PLACED_ADOPTION: Table903<R.PlacedAdoptionRecord> = {
  name: 'PlacedAdoption', key: 'placedAdoption',
  fields: {
    child, dob, datePlaced: f.date('DATE_PLACED', true), datePlacedCeased: f.date('DATE_PLACED_CEASED'),
    reasonPlacedCeased: f.code('REASON_PLACED_CEASED', C.REASON_PLACED_CEASED),
  },
  stack: { kind: 'latest', key: ['child', 'datePlaced'], same: (a, b) => a.datePlaced === b.datePlaced },
};
export const PREV_PERM: Table903<R.PrevPermRecord> = {
  name: 'PrevPerm', key: 'prevPerm',
  fields: { child, dob, prevPerm: f.code('PREV_PERM', C.PREV_PERM), laPerm: f.text('LA_PERM'), datePerm: f.partialDate('DATE_PERM') },
  stack: { kind: 'latest', key: ['child'], same: () => true },
};
export const MISSING: Table903<R.MissingRecord> = {
  name: 'Missing', key: 'missing',
  fields: { child, dob, missing: f.code('MISSING', C.MISSING_TYPE, true), misStart: f.date('MIS_START', true), misEnd: f.date('MIS_END') },
  stack: { kind: 'latest', key: ['child', 'misStart'], same: (a, b) => a.misStart === b.misStart },
};
export const SW_EPISODES: Table903<R.SwEpisodeRecord> = {
  name: 'SWEpisodes', key: 'swEpisodes', firstYear: 2024,
  fields: { child, dob, swId: f.text('SW_ID', true), swDecom: f.date('SW_DECOM', true), swDec: f.date('SW_DEC'), swReason: f.code('SW_REASON', C.SW_REASON) },
  stack: { kind: 'latest', key: ['child', 'swId', 'swDecom'], same: (a, b) => a.swId === b.swId && a.swDecom === b.swDecom },
};
export const DOLO: Table903<R.DoLoRecord> = {
  name: 'DoLo', key: 'dolo', firstYear: 2027,
  fields: { child, dob, doloStart: f.date('DOLO_START', true), doloEnd: f.date('DOLO_END') },
  stack: { kind: 'latest', key: ['child', 'doloStart'], same: (a, b) => a.doloStart === b.doloStart },
};

/** Every 903 table's declaration, by table name. */
export const TABLES_903 = {
  Header: HEADER, Episodes: EPISODES, Reviews: REVIEWS, UASC, OC2, OC3, AD1, PlacedAdoption: PLACED_ADOPTION,
  PrevPerm: PREV_PERM, Missing: MISSING, SWEpisodes: SW_EPISODES, DoLo: DOLO,
} as const satisfies Record<Ssda903TableName, Table903<never>>;
