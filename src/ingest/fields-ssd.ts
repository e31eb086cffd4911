// The Standard Safeguarding Dataset tables carestats uses, typed (../shared/reference/ssd-tables.md).
// SSD extracts are current operational data, not yearly returns: codes are checked against every code ever
// valid, and dates are ISO yyyy-mm-dd (dd/mm/yyyy and Excel date-times are accepted too).
//
// Only the columns carestats reads are typed. Each table's own row id (clav_cla_visit_id, clah_health_check_id,
// ...) and the involvement's professional id are recognised as headings but not kept: no check or measure
// reads them (a row is cited by file and row number), and nationally they were some 7 million strings, each
// unique: about 300 MB of a national import's 3 GB heap. The stored snapshot keeps the files whole, so
// nothing is lost from the audit trail.
import * as C from './code-lists.ts';
import { field as f, type FieldsOf } from './fields.ts';
import type * as R from './records.ts';
import type { SsdTableName } from './ssd-tables.ts';
import { KNOWN } from './ssd-values.ts';

export interface TableSsd<Rec> {
  name: SsdTableName;
  key: keyof R.SsdData;
  fields: FieldsOf<Rec>;
}

const person = f.id('pers_person_id');

export const SSD_PERSON: TableSsd<R.SsdPersonRecord> = {
  name: 'ssd_person', key: 'person',
  fields: {
    personId: person, sex: f.text('pers_sex'), ethnicity: f.text('pers_ethnicity'), dob: f.date('pers_dob'),
    upnUnknown: f.text('pers_upn_unknown'), sendFlag: f.text('pers_send_flag'), deathDate: f.date('pers_death_date'),
    nationality: f.text('pers_nationality'),
  },
};
export const SSD_CLA_EPISODES: TableSsd<R.SsdClaEpisodeRecord> = {
  name: 'ssd_cla_episodes', key: 'claEpisodes',
  fields: {
    personId: f.id('clae_person_id'), start: f.date('clae_cla_episode_start_date', true),
    startReason: f.code('clae_cla_episode_start_reason', C.RNE), end: f.date('clae_cla_episode_ceased_date'),
    endReason: f.code('clae_cla_episode_ceased_reason', C.REASON_CEASED), claId: f.text('clae_cla_id', true),
    enteredCare: f.date('clae_entered_care_date'),
  },
};
export const SSD_REVIEWS: TableSsd<R.SsdReviewRecord> = {
  name: 'ssd_cla_reviews', key: 'reviews',
  fields: {
    claId: f.text('clar_cla_id', true), due: f.date('clar_cla_review_due_date'),
    held: f.date('clar_cla_review_date'), cancelled: f.code('clar_cla_review_cancelled', C.YES_NO),
    participation: f.code('clar_cla_review_participation', C.REVIEW_CODE),
  },
};
export const SSD_VISITS: TableSsd<R.SsdVisitRecord> = {
  name: 'ssd_cla_visits', key: 'visits',
  fields: {
    claId: f.text('clav_cla_id'), personId: f.id('clav_person_id'),
    date: f.date('clav_cla_visit_date', true), seen: f.code('clav_cla_visit_seen', C.YES_NO),
    seenAlone: f.code('clav_cla_visit_seen_alone', C.YES_NO),
  },
};
export const SSD_HEALTH: TableSsd<R.SsdHealthRecord> = {
  name: 'ssd_cla_health', key: 'health',
  fields: {
    personId: f.id('clah_person_id'), type: { ...f.read('clah_health_check_type', KNOWN.healthCheckType), required: true },
    date: f.date('clah_health_check_date'), status: f.read('clah_health_check_status', KNOWN.healthCheckStatus),
  },
};
export const SSD_IMMUNISATIONS: TableSsd<R.SsdImmunisationRecord> = {
  name: 'ssd_cla_immunisations', key: 'immunisations',
  fields: { personId: f.id('clai_person_id'), status: f.code('clai_immunisations_status', C.YES_NO), date: f.date('clai_immunisations_status_date') },
};
export const SSD_SDQ: TableSsd<R.SsdSdqRecord> = {
  name: 'ssd_sdq_scores', key: 'sdq',
  fields: {
    personId: f.id('csdq_person_id'), date: f.date('csdq_sdq_completed_date'),
    reason: f.text('csdq_sdq_reason'), score: f.int('csdq_sdq_score', 0, 40),
  },
};
export const SSD_MISSING: TableSsd<R.SsdMissingRecord> = {
  name: 'ssd_missing', key: 'missing',
  fields: {
    personId: f.id('miss_person_id'), start: f.date('miss_missing_episode_start_date', true),
    type: f.read('miss_missing_episode_type', KNOWN.missingType), end: f.date('miss_missing_episode_end_date'),
    rhiOffered: f.read('miss_missing_rhi_offered', KNOWN.rhiFlag), rhiAccepted: f.text('miss_missing_rhi_accepted'),
  },
};
export const SSD_CARE_LEAVERS: TableSsd<R.SsdCareLeaverRecord> = {
  name: 'ssd_care_leavers', key: 'careLeavers',
  fields: {
    personId: f.id('clea_person_id'), eligibility: f.read('clea_care_leaver_eligibility', KNOWN.eligibility),
    inTouch: f.code('clea_care_leaver_in_touch', C.IN_TOUCH), latestContact: f.date('clea_care_leaver_latest_contact'),
    accommodation: f.text('clea_care_leaver_accommodation'), accomSuitable: f.read('clea_care_leaver_accom_suitable', KNOWN.accommodationSuitable),
    activity: f.code('clea_care_leaver_activity', C.ACTIVITY), pathwayPlanReview: f.date('clea_pathway_plan_review_date'),
    personalAdviser: f.text('clea_care_leaver_personal_advisor'), team: f.text('clea_care_leaver_allocated_team'),
    workerId: f.text('clea_care_leaver_worker_id'),
  },
};
export const SSD_INVOLVEMENTS: TableSsd<R.SsdInvolvementRecord> = {
  name: 'ssd_involvements', key: 'involvements',
  fields: {
    role: f.text('invo_professional_role_id'),
    team: f.text('invo_professional_team'), start: f.date('invo_involvement_start_date'), end: f.date('invo_involvement_end_date'),
    changeReason: f.text('invo_worker_change_reason'), personId: f.id('invo_person_id'),
  },
};
export const SSD_DEPARTMENTS: TableSsd<R.SsdDepartmentRecord> = {
  name: 'ssd_department', key: 'departments',
  fields: { teamId: f.text('dept_team_id', true), teamName: f.text('dept_team_name'), parentId: f.text('dept_team_parent_id'), parentName: f.text('dept_team_parent_name') },
};

// The disability code is each row's point, as a visit's date is a visit's: a row without one says nothing.
// carestats reads no meaning into the code (the SSD reference gives no code list): a row is a disability recorded.
export const SSD_DISABILITIES: TableSsd<R.SsdDisabilityRecord> = {
  name: 'ssd_disability', key: 'disabilities',
  fields: { personId: f.id('disa_person_id'), code: f.text('disa_disability_code', true) },
};

export const SSD_PLACEMENTS: TableSsd<R.SsdPlacementRecord> = {
  name: 'ssd_cla_placement', key: 'placements',
  fields: {
    personId: f.id('clap_person_id'), claId: f.text('clap_cla_id'),
    start: f.date('clap_cla_placement_start_date', true), end: f.date('clap_cla_placement_end_date'),
    type: f.code('clap_cla_placement_type', C.PLACEMENT_TYPE), urn: f.text('clap_cla_placement_urn'),
    // The furthest two places in the United Kingdom are under 900 miles apart.
    distance: f.decimal('clap_cla_placement_distance', 0, 1000), provider: f.code('clap_cla_placement_provider', C.PLACEMENT_PROVIDER),
    postcode: f.text('clap_cla_placement_postcode'), changeReason: f.code('clap_cla_placement_change_reason', C.REASON_PLACE_CHANGE),
  },
};

/** The SSD tables carestats types and uses; other SSD tables are recognised and listed but not read. */
export const TABLES_SSD: Partial<Record<SsdTableName, TableSsd<never>>> = {
  ssd_person: SSD_PERSON, ssd_cla_episodes: SSD_CLA_EPISODES, ssd_cla_reviews: SSD_REVIEWS, ssd_cla_visits: SSD_VISITS,
  ssd_cla_health: SSD_HEALTH, ssd_cla_immunisations: SSD_IMMUNISATIONS, ssd_sdq_scores: SSD_SDQ, ssd_missing: SSD_MISSING,
  ssd_care_leavers: SSD_CARE_LEAVERS, ssd_cla_placement: SSD_PLACEMENTS, ssd_involvements: SSD_INVOLVEMENTS, ssd_department: SSD_DEPARTMENTS,
  ssd_disability: SSD_DISABILITIES,
};
