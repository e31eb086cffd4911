// What the monthly care-leaver measures' definitions share: one home for the cohort wording, the exclusions
// and the sources, so a change to who counts as a care leaver is made once (care-leaver-status.ts computes it).

/** Who counts as a care leaver in an age band written as members read it ("19 to 21"), as every monthly care-leaver measure's cohort begins. */
export function careLeaverWhoText(ages: string): string {
  return `Young people aged ${ages} at the month end (age on the last day of the month) who are care leavers: any of their ssd_care_leavers rows records the eligibility category Relevant or Former relevant, and they had left care by the month end (their last period of care ended on or before it, on or after their 16th birthday, other than by adoption, or they were 18 with an episode left open; with no episode in any SSDA903 return supplied, they are in the returns only through their care-leaver information and left care before the earliest return began, or, with no SSDA903 Episodes table, a contact dated on or before the month end shows they had left). The returns of the 12 months to the month end must be supplied: one who left care before them is in the returns only through the care-leaver information of a birthday in a return's year.`;
}

/** The cohort of the measures judged on the latest contact, for an age band written as members read it ("19 to 21"). */
export function careLeaverCohortText(ages: string): string {
  return `${careLeaverWhoText(ages)} Their status is taken from the row with the latest contact date on or before the month end; a contact counts if it falls in the three calendar months ending with the month (1 January to 31 March for March).`;
}

/** Who is left out of every monthly care-leaver measure, and why. */
export const CARE_LEAVER_EXCLUSIONS: readonly string[] = [
  'Young people still looked after at the month end (not yet care leavers).',
  'Young people whose care ended in adoption, or recorded only as eligible, qualifying or with no current eligibility.',
  'Young people whose care was taken over by another council (SSDA903 reason ceased E3), as DfE care-leaver figures exclude them.',
  'Young people whose care had ended by the month end only before their 16th birthday, whatever the SSD’s category (undated, so from later care) says: a relevant child was looked after at 16 or over (Children Act 1989 s.23A; DfE validation rule 1001 asks for a day in care after the 16th birthday).',
  'Young people who died (SSD person death date, or latest contact IN_TOUCH DIED) or returned home to a parent for six months or more (IN_TOUCH RHOM), as DfE care-leaver figures exclude them. The SSD leaves the contact date blank when the council is not in touch, so a row saying DIED or RHOM with no date is taken as the young person’s status now, at every month end.',
  'Young people whose every SSDA903 episode was a short break (legal status V3 or V4), whatever their SSD eligibility says: short breaks never make a care leaver (DfE validation rule 1001).',
  'Otherwise, rows with no contact date cannot be placed in time: they count only for the eligibility category, so a young person whose only rows are undated has no contact in the window.',
];

/** Where the monthly care-leaver measures come from. */
export const CARE_LEAVER_SOURCES: readonly string[] = [
  'DfE, Children looked after in England including adoptions: care leavers aged 17 to 21, whether the council is in touch, their activity and accommodation (SSDA903 OC3 items IN_TOUCH, ACTIV and ACCOM), recorded on or around each birthday.',
  'Standard Safeguarding Dataset, ssd_care_leavers: eligibility category, in touch, latest contact date, accommodation and its suitability, activity, latest pathway plan review date.',
  'Local definition: the monthly figure uses the latest contact in the three calendar months to the month end, because the DfE measure is taken on or around each birthday and has no monthly form.',
  'The SSD describes ssd_care_leavers as each young person’s current status (latest contact date, current eligibility). An extract that keeps only that row cannot say how a young person stood at an earlier month end: anyone contacted since has no contact by it, so the earlier months of a series from one such extract understate these figures (the young person’s record says so). A month end is reported as it stood from an extract made then: carestats keeps every import as a dated snapshot.',
];

/**
 * How far back the monthly care-leaver measures read the SSDA903 returns (MeasureDefinition.looksBackMonths and
 * looksBackWhy): 12 months. The young people come from the returns' Header, and one who left care before the
 * earliest return is in a return only through the care-leaver information (OC3) recorded around their 17th to 21st
 * birthday in its year (DfE validation rule 391: OC3 only for a young person 17 to 21 in the year), so the return
 * of each one's latest birthday, in the 12 months to the month end, must be supplied. Before, a large council with
 * only its latest return gave 19-21 in touch 96% at March 2025 against 74% from all ten: the 21-year-olds, whose
 * 21st birthday fell in the year before, were missing, most of them out of touch.
 */
export const CARE_LEAVER_LOOK_BACK = {
  looksBackMonths: 12,
  looksBackWhy: 'the 12 months to the month end, in which each young person in the age band had their latest birthday: one who left care before the earliest return is in the returns only through the care-leaver information (OC3) recorded around a birthday in a return’s year',
} as const;
