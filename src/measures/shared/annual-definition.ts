// What the annual OC2 and OC3 measures' definitions share: one home for each cohort's wording and exclusions.

/** The OC2 cohort: the children looked after continuously for 12 months at 31 March. */
export const OC2_COHORT = 'Children looked after on 31 March of the collection year who had been looked after continuously for at least the previous 12 months (care began on or before 1 April of the previous year, with no short breaks and no gap), as DfE’s OC2 cohort; aged under 18. Which year: the collection year ending on the latest 31 March on or before the month end. At a March month end that is the year just ended; at any other month the figure repeats the year ending the previous 31 March (October 2025 shows 2024/25), and every child’s reason names the year. The figure for a year appears once its SSDA903 return, with this table, is loaded.';

/** Who the OC2 measures leave out, and why. */
export const OC2_EXCLUSIONS: readonly string[] = [
  'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and short breaks within the 12 months, which break continuity.',
  'Children who entered or left care during the year, or left on 31 March itself.',
  'A child with an OC2 row whose episodes do not show 12 months’ continuous care is listed but not counted (903 validation rule 190); a child in the cohort with no OC2 row counts as not met (rule 191).',
];

/** The OC3 cohort: the care leavers with their 17th to 21st birthday in the year. */
export const OC3_COHORT = 'Young people with an SSDA903 OC3 (care leavers) row for the collection year whose 17th, 18th, 19th, 20th or 21st birthday fell in it (aged 17 to 21 on 31 March), as the council reported them: relevant and former relevant young people, with their status on or around the birthday. Which year: the collection year ending on the latest 31 March on or before the month end. At a March month end that is the year just ended; at any other month the figure repeats the year ending the previous 31 March (October 2025 shows 2024/25), and every child’s reason names the year. The figure for a year appears once its SSDA903 return, with this table, is loaded.';

/** Who the OC3 measures leave out, and why. */
export const OC3_EXCLUSIONS: readonly string[] = [
  'Young people who died since leaving care (IN_TOUCH DIED) or returned home to a parent or person with parental responsibility for 6 months or more (IN_TOUCH RHOM), as DfE care-leaver figures exclude them.',
  'Young people whose care was taken over by another council (SSDA903 reason ceased E3 ending their last period of care by 31 March), as DfE care-leaver figures exclude them; DfE validation rule 1011 expects no OC3 row for them.',
  'OC3 rows for ages 22 to 25 (collected from 2023 only for young people receiving support).',
  'Young people not reported in the OC3 table; DfE takes the council’s OC3 rows as the cohort.',
];
