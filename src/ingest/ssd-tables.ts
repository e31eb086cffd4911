// Standard Safeguarding Dataset (SSD) tables carestats reads, with their exact column names
// (../shared/reference/ssd-tables.md, from data-to-insight/ssd-data-model). Like 903 files, an SSD CSV is
// recognised by its set of column headings.

/** One SSD table and its columns. */
export interface SsdTableSpec {
  name: SsdTableName;
  columns: readonly string[];
}

export type SsdTableName =
  | 'ssd_person'
  | 'ssd_cla_episodes'
  | 'ssd_cla_placement'
  | 'ssd_cla_reviews'
  | 'ssd_cla_visits'
  | 'ssd_cla_health'
  | 'ssd_cla_immunisations'
  | 'ssd_sdq_scores'
  | 'ssd_missing'
  | 'ssd_care_leavers'
  | 'ssd_involvements'
  | 'ssd_department'
  | 'ssd_permanence'
  | 'ssd_disability'
  | 'ssd_immigration_status'
  | 'ssd_legal_status'
  | 'ssd_professionals';

/** Every SSD table carestats recognises. */
export const SSD_TABLES: readonly SsdTableSpec[] = [
  {
    name: 'ssd_person',
    columns: [
      'pers_person_id',
      'pers_forename',
      'pers_surname',
      'pers_sex',
      'pers_gender',
      'pers_ethnicity',
      'pers_dob',
      'pers_common_child_id',
      'pers_legacy_id',
      'pers_upn_unknown',
      'pers_send_flag',
      'pers_expected_dob',
      'pers_death_date',
      'pers_is_mother',
      'pers_nationality',
    ],
  },
  {
    name: 'ssd_cla_episodes',
    columns: [
      'clae_cla_episode_id',
      'clae_person_id',
      'clae_cla_episode_start_date',
      'clae_cla_episode_start_reason',
      'clae_cla_primary_need_code',
      'clae_cla_episode_ceased_date',
      'clae_cla_episode_ceased_reason',
      'clae_cla_id',
      'clae_referral_id',
      'clae_cla_placement_id',
      'clae_entered_care_date',
      'clae_cla_last_iro_contact_date',
    ],
  },
  {
    name: 'ssd_cla_placement',
    columns: [
      'clap_cla_placement_id',
      'clap_cla_placement_start_date',
      'clap_cla_placement_type',
      'clap_cla_placement_urn',
      'clap_cla_placement_distance',
      'clap_cla_id',
      'clap_cla_placement_provider',
      'clap_cla_placement_postcode',
      'clap_cla_placement_end_date',
      'clap_cla_placement_change_reason',
      'clap_person_id',
    ],
  },
  {
    name: 'ssd_cla_reviews',
    columns: [
      'clar_cla_review_id',
      'clar_cla_id',
      'clar_cla_review_due_date',
      'clar_cla_review_date',
      'clar_cla_review_cancelled',
      'clar_cla_review_participation',
    ],
  },
  {
    name: 'ssd_cla_visits',
    columns: [
      'clav_cla_visit_id',
      'clav_cla_id',
      'clav_person_id',
      'clav_cla_visit_date',
      'clav_cla_visit_seen',
      'clav_cla_visit_seen_alone',
    ],
  },
  {
    name: 'ssd_cla_health',
    columns: [
      'clah_health_check_id',
      'clah_person_id',
      'clah_health_check_type',
      'clah_health_check_date',
      'clah_health_check_status',
    ],
  },
  {
    name: 'ssd_cla_immunisations',
    columns: [
      'clai_person_id',
      'clai_immunisations_status',
      'clai_immunisations_status_date',
    ],
  },
  {
    name: 'ssd_sdq_scores',
    columns: [
      'csdq_table_id',
      'csdq_person_id',
      'csdq_sdq_completed_date',
      'csdq_sdq_reason',
      'csdq_sdq_score',
    ],
  },
  {
    name: 'ssd_missing',
    columns: [
      'miss_table_id',
      'miss_person_id',
      'miss_missing_episode_start_date',
      'miss_missing_episode_type',
      'miss_missing_episode_end_date',
      'miss_missing_rhi_offered',
      'miss_missing_rhi_accepted',
    ],
  },
  {
    name: 'ssd_care_leavers',
    columns: [
      'clea_table_id',
      'clea_person_id',
      'clea_care_leaver_eligibility',
      'clea_care_leaver_in_touch',
      'clea_care_leaver_latest_contact',
      'clea_care_leaver_accommodation',
      'clea_care_leaver_accom_suitable',
      'clea_care_leaver_activity',
      'clea_pathway_plan_review_date',
      'clea_care_leaver_personal_advisor',
      'clea_care_leaver_allocated_team',
      'clea_care_leaver_worker_id',
    ],
  },
  {
    name: 'ssd_involvements',
    columns: [
      'invo_involvements_id',
      'invo_professional_id',
      'invo_professional_role_id',
      'invo_professional_team',
      'invo_involvement_start_date',
      'invo_involvement_end_date',
      'invo_worker_change_reason',
      'invo_person_id',
      'invo_referral_id',
    ],
  },
  {
    name: 'ssd_department',
    columns: [
      'dept_team_id',
      'dept_team_name',
      'dept_team_parent_id',
      'dept_team_parent_name',
    ],
  },
  {
    name: 'ssd_permanence',
    columns: [
      'perm_table_id',
      'perm_person_id',
      'perm_cla_id',
      'perm_adm_decision_date',
      'perm_ffa_cp_decision_date',
      'perm_placement_order_date',
      'perm_placed_for_adoption_date',
      'perm_matched_date',
      'perm_adopted_by_carer_flag',
      'perm_placed_ffa_cp_date',
      'perm_decision_reversed_date',
      'perm_placed_foster_carer_date',
      'perm_part_of_sibling_group',
      'perm_siblings_placed_together',
      'perm_siblings_placed_apart',
      'perm_placement_provider_urn',
      'perm_decision_reversed_reason',
      'perm_permanence_order_date',
      'perm_permanence_order_type',
      'perm_adoption_worker_id',
      'perm_adopter_sex',
      'perm_adopter_legal_status',
      'perm_number_of_adopters',
    ],
  },
  {
    name: 'ssd_disability',
    columns: [
      'disa_person_id',
      'disa_table_id',
      'disa_disability_code',
    ],
  },
  {
    name: 'ssd_immigration_status',
    columns: [
      'immi_person_id',
      'immi_immigration_status_id',
      'immi_immigration_status',
      'immi_immigration_status_start_date',
      'immi_immigration_status_end_date',
    ],
  },
  {
    name: 'ssd_legal_status',
    columns: [
      'lega_legal_status_id',
      'lega_person_id',
      'lega_legal_status',
      'lega_legal_status_start_date',
      'lega_legal_status_end_date',
    ],
  },
  {
    name: 'ssd_professionals',
    columns: [
      'prof_professional_id',
      'prof_staff_id',
      'prof_professional_name',
      'prof_social_worker_registration_no',
      'prof_professional_job_title',
      'prof_professional_caseload',
      'prof_professional_department',
      'prof_full_time_equivalency',
      'prof_agency_worker_flag',
    ],
  },
];

/** Returns the columns of an SSD table, in order. */
export function ssdColumns(name: SsdTableName): string[] {
  const table = SSD_TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`Programmer error: unknown SSD table ${name}`);
  return [...table.columns];
}

/**
 * Recognises an SSD table by its exact set of column headings (any case, any order). Headings are folded to
 * upper case exactly as typeTable folds them, so a heading recognised here is always found there (lower-casing
 * here once let a look-alike letter such as the Kelvin sign pass one and fail the other).
 */
export function recogniseSsd(headings: readonly string[]): SsdTableName | null {
  const found = new Set(headings.map((h) => h.trim().toUpperCase()));
  const table = SSD_TABLES.find((t) => t.columns.length === found.size && t.columns.every((c) => found.has(c.toUpperCase())));
  return table?.name ?? null;
}
