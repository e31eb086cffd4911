// What the annual OC2 and OC3 measures' definitions share: one home for each cohort's wording and exclusions.
import type { MeasureDefinition } from '../measure.ts';

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

/** The three OC3 measures: what each counts, in words. A band's measure is the measure of that band. */
export type Oc3Kind = 'in-touch' | 'eet' | 'suitable-accommodation';

const OC3_KINDS: Readonly<Record<Oc3Kind, { stem: string; what: string; share: string; numerator: string; notMet: string; formerIndicator?: string }>> = {
  'in-touch': {
    stem: 'oc3_in_touch_pct',
    what: 'in touch on their birthday',
    share: 'the share the council was in touch with around their birthday',
    numerator: 'Young people in the cohort whose OC3 row records IN_TOUCH YES',
    notMet: 'including those not in touch (NO), refusing contact (REFU) or no longer requiring services (NREQ)',
  },
  eet: {
    stem: 'oc3_eet_pct',
    what: 'in education, employment or training on their birthday',
    share: 'the share in education, employment or training around their birthday',
    numerator: 'Young people in the cohort whose OC3 row records an education, employment or training activity: ACTIV F1/P1 higher education, F2/P2 other education, F4/P4 apprenticeship, F5/P5 other training or employment (F3/P3 training or employment before 2021/22)',
    notMet: 'those not in education, employment or training (G4, G5, G6) or with no activity information (0) count as not met',
    formerIndicator: 'Commonly cited as former National Indicator 148 (care leavers in education, employment or training, then at 19); the id was not verified.',
  },
  'suitable-accommodation': {
    stem: 'oc3_suitable_accommodation_pct',
    what: 'in suitable accommodation on their birthday',
    share: 'the share living in suitable accommodation around their birthday',
    numerator: 'Young people in the cohort whose OC3 row records accommodation judged suitable: ACCOM a letter followed by 1',
    notMet: 'unsuitable accommodation (letter then 2) or no information (0) counts as not met',
    formerIndicator: 'Commonly cited as former National Indicator 147 (care leavers in suitable accommodation, then at 19); the id was not verified.',
  },
};

/** The definition of an OC3 measure for one band (`oc3_eet_pct_17_18`, say). */
export function oc3Definition(kind: Oc3Kind, ages: Oc3Band): MeasureDefinition {
  const k = OC3_KINDS[kind];
  const band = bandWords(ages);
  const birthdays = ages[0] === 17 ? '17th or 18th' : '19th, 20th or 21st';
  // The former indicators measured care leavers at 19, so are cited for the 19 to 21 band only.
  const former = k.formerIndicator !== undefined && ages[0] === 19 ? [k.formerIndicator] : [];
  return {
    id: `${k.stem}_${String(ages[0])}_${String(ages[1])}`,
    title: `Care leavers aged ${band} ${k.what} (year to 31 March)`,
    description: `Of the young people who had left care and had their ${birthdays} birthday in the year to 31 March, ${k.share}, as the council reports it to the Department for Education and as DfE publishes it for ages ${band}.`,
    numerator: k.numerator,
    denominator: `Care leavers in the OC3 table aged ${band} on 31 March${kind === 'in-touch' ? ',' : ';'} ${k.notMet}`,
    cohort: oc3CohortText(ages),
    exclusions: oc3Exclusions(ages),
    polarity: 'higher-is-better',
    unit: 'percent',
    decimals: 0,
    minCohort: 10,
    denominatorCounts: 'young people',
    sources: [...OC3_SOURCES, ...former],
  };
}
