// What the adoption scorecard definitions share: one home for the cohort of children adopted in the window and,
// for the measures timed to the placement for adoption, their denominator and exclusions.

/** Children adopted in the 36 months to the month end (A1, A2, A3, A10). */
export const ADOPTED_IN_WINDOW_COHORT =
  'Children whose period of care ended in adoption (903 reason ceased E11, adoption application unopposed, or E12, consent dispensed with) on a day in the 36 months ending with the month end (1 April 2023 to 31 March 2026 for March 2026). Entering care is the start of that period of care (episodes joined by X1).';

/** Those of them whose placement for adoption is recorded (A1, A3, A10). */
export const PLACED_FOR_ADOPTION_DENOMINATOR =
  'Children adopted in the 36 months to the month end whose placement for adoption is recorded';

/** Who the measures timed to the placement for adoption leave out, and why (A1, A3, A10). */
export const PLACED_FOR_ADOPTION_EXCLUSIONS: readonly string[] = [
  'Adopted children with no placement for adoption (A3–A6) recorded in the placement that ended in adoption: the day they moved in is unknown (903 validation rule 390). They are listed with the reason.',
  'Children adopted before the window or after the month end.',
  'Children whose period of care began before the earliest SSDA903 return supplied (its first episode in the data has a reason for new episode other than S): the day they entered care is not in the data. They are listed with the reason; supplying the earlier returns counts them.',
];
