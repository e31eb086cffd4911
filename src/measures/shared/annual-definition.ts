// What the annual OC2 and OC3 measures' definitions share: one home for each cohort's wording and exclusions.

/** The OC2 cohort: the children looked after continuously for 12 months at 31 March. */
export const OC2_COHORT = 'Children looked after on 31 March of the collection year who had been looked after continuously for at least the previous 12 months (care began on or before 1 April of the previous year, with no short breaks and no gap), as DfE’s OC2 cohort; aged under 18. Which year: the collection year ending on the latest 31 March on or before the month end. At a March month end that is the year just ended; at any other month the figure repeats the year ending the previous 31 March (October 2025 shows 2024/25), and every child’s reason names the year. The figure for a year appears once its SSDA903 return, with this table, is loaded.';

/** Who the OC2 measures leave out, and why. */
export const OC2_EXCLUSIONS: readonly string[] = [
  'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and short breaks within the 12 months, which break continuity.',
  'Children who entered or left care during the year, or left on 31 March itself.',
  'A child with an OC2 row whose episodes do not show 12 months’ continuous care is listed but not counted (903 validation rule 190); a child in the cohort with no OC2 row counts as not met (rule 191).',
];

/** An OC3 measure's age band: the ages on 31 March DfE reports care leavers by (17 to 18, 19 to 21). */
export type Oc3Band = readonly [17, 18] | readonly [19, 21];

/** The band in words: "17 to 18". */
export function bandWords(ages: Oc3Band): string {
  return `${String(ages[0])} to ${String(ages[1])}`;
}

/** The OC3 cohort of a band: the care leavers with their birthday of one of its ages in the year. */
export function oc3CohortText(ages: Oc3Band): string {
  const birthdays = ages[0] === 17 ? '17th or 18th' : '19th, 20th or 21st';
  return `Young people with an SSDA903 OC3 (care leavers) row for the collection year whose ${birthdays} birthday fell in it (aged ${bandWords(ages)} on 31 March), as the council reported them: relevant and former relevant young people, with their status on or around the birthday. DfE publishes each council’s figures for ages 17 to 18 and 19 to 21 separately, so the two bands are separate measures. Which year: the collection year ending on the latest 31 March on or before the month end. At a March month end that is the year just ended; at any other month the figure repeats the year ending the previous 31 March (October 2025 shows 2024/25), and every child’s reason names the year. The figure for a year appears once its SSDA903 return, with this table, is loaded.`;
}

/** Who the OC3 measures of a band leave out, and why. */
export function oc3Exclusions(ages: Oc3Band): readonly string[] {
  return [
    'Young people who died since leaving care (IN_TOUCH DIED) or returned home to a parent or person with parental responsibility for 6 months or more (IN_TOUCH RHOM), as DfE care-leaver figures exclude them.',
    'Young people whose care was taken over by another council (SSDA903 reason ceased E3 ending their last period of care by 31 March), as DfE care-leaver figures exclude them; DfE validation rule 1011 expects no OC3 row for them.',
    `OC3 rows of young people of other ages on 31 March: ${ages[0] === 17 ? 'aged 19 to 21 (their own measure) and' : 'aged 17 to 18 (their own measure) and'} aged 22 to 25 (collected from 2023 only for young people receiving support).`,
    'Young people not reported in the OC3 table; DfE takes the council’s OC3 rows as the cohort.',
  ];
}

/** The source every OC3 measure cites: what DfE publishes, and whom it leaves out. */
export const OC3_SOURCES: readonly string[] = [
  'DfE, Children looked after in England including adoptions: care leavers now aged 17 to 21, whether in touch, their activity and accommodation, measured on or around the birthday (SSDA903 OC3 IN_TOUCH, ACTIV, ACCOM). The council-level figures are published for ages 17 to 18 and 19 to 21 (explore-education-statistics.service.gov.uk data catalogue, care leavers by local authority).',
  'DfE footnote to the care-leaver tables (as restated in the reference notes): excludes young people who died since leaving care, returned home for 6 months or more, or whose care transferred to another council.',
];
