// Every measure carestats computes, in report order. Adding a measure means adding its folder and a line here.
import { unavailableAfterReturns, unavailableBeforeReturns } from './shared/unavailable.ts';
import { claCount } from './cla-count/index.ts';
import { claRate } from './cla-rate/index.ts';
import { reviewsInTimePct } from './reviews-in-time-pct/index.ts';
import { visitsInTimePct } from './visits-in-time-pct/index.ts';
import { visitsSeenAlonePct } from './visits-seen-alone-pct/index.ts';
import { healthAssessmentPct } from './health-assessment-pct/index.ts';
import { dentalCheckPct } from './dental-check-pct/index.ts';
import { immunisationsPct } from './immunisations-pct/index.ts';
import { sdqCompletedPct } from './sdq-completed-pct/index.ts';
import { sdqMeanScore } from './sdq-mean-score/index.ts';
import { missingChildren } from './missing-children/index.ts';
import { missingIncidents } from './missing-incidents/index.ts';
import { awayIncidents } from './away-incidents/index.ts';
import { missingRhiOfferedPct } from './missing-rhi-offered-pct/index.ts';
import { careLeaversInTouchPct1921 } from './care-leavers-in-touch-pct-19-21/index.ts';
import { careLeaversEetPct1921 } from './care-leavers-eet-pct-19-21/index.ts';
import { careLeaversSuitableAccommodationPct1921 } from './care-leavers-suitable-accommodation-pct-19-21/index.ts';
import { careLeaversInTouchPct1718 } from './care-leavers-in-touch-pct-17-18/index.ts';
import { careLeaversEetPct1718 } from './care-leavers-eet-pct-17-18/index.ts';
import { careLeaversSuitableAccommodationPct1718 } from './care-leavers-suitable-accommodation-pct-17-18/index.ts';
import { careLeaversPathwayPlanPct } from './care-leavers-pathway-plan-pct/index.ts';
import { claStarts } from './cla-starts/index.ts';
import { claCeased } from './cla-ceased/index.ts';
import { claUasc } from './cla-uasc/index.ts';
import { claSection20Pct } from './cla-section20-pct/index.ts';
import { claPlacedWithParentsPct } from './cla-placed-with-parents-pct/index.ts';
import { claFosteredPct } from './cla-fostered-pct/index.ts';
import { claResidentialPct } from './cla-residential-pct/index.ts';
import { claFamilyBased1017Pct } from './cla-family-based-10-17-pct/index.ts';
import { claOutsideLaPct } from './cla-outside-la-pct/index.ts';
import { claOver20MilesPct } from './cla-over-20-miles-pct/index.ts';
import { placements3plusPct } from './placements-3plus-pct/index.ts';
import { longTermStabilityPct } from './long-term-stability-pct/index.ts';
import { adoptionA1Days } from './adoption-a1-days/index.ts';
import { adoptionA2Days } from './adoption-a2-days/index.ts';
import { adoptionA3Pct } from './adoption-a3-pct/index.ts';
import { adoptionA10Days } from './adoption-a10-days/index.ts';
import { adoptions12m } from './adoptions-12m/index.ts';
import { sgo12m } from './sgo-12m/index.ts';
import { childrenWaitingAdoption } from './children-waiting-adoption/index.ts';
import { oc2HealthAssessmentPct } from './oc2-health-assessment-pct/index.ts';
import { oc2DentalCheckPct } from './oc2-dental-check-pct/index.ts';
import { oc2ImmunisationsPct } from './oc2-immunisations-pct/index.ts';
import { oc3InTouchPct1718 } from './oc3-in-touch-pct-17-18/index.ts';
import { oc3InTouchPct1921 } from './oc3-in-touch-pct-19-21/index.ts';
import { oc3EetPct1718 } from './oc3-eet-pct-17-18/index.ts';
import { oc3EetPct1921 } from './oc3-eet-pct-19-21/index.ts';
import { oc3SuitableAccommodationPct1718 } from './oc3-suitable-accommodation-pct-17-18/index.ts';
import { oc3SuitableAccommodationPct1921 } from './oc3-suitable-accommodation-pct-19-21/index.ts';
import type { Measure } from './measure.ts';

/** Every measure, each unavailable for a month end whose figure needs episodes from before the earliest return supplied, or at one after the newest ends. */
export const MEASURES: readonly Measure[] = [claCount, claRate, reviewsInTimePct, visitsInTimePct, visitsSeenAlonePct, healthAssessmentPct, dentalCheckPct, immunisationsPct, sdqCompletedPct, sdqMeanScore, missingChildren, missingIncidents, awayIncidents, missingRhiOfferedPct, careLeaversInTouchPct1921, careLeaversEetPct1921, careLeaversSuitableAccommodationPct1921, careLeaversInTouchPct1718, careLeaversEetPct1718, careLeaversSuitableAccommodationPct1718, careLeaversPathwayPlanPct, claStarts, claCeased, claUasc, claSection20Pct, claPlacedWithParentsPct, claFosteredPct, claResidentialPct, claFamilyBased1017Pct, claOutsideLaPct, claOver20MilesPct, placements3plusPct, longTermStabilityPct, adoptionA1Days, adoptionA2Days, adoptionA3Pct, adoptionA10Days, adoptions12m, sgo12m, childrenWaitingAdoption, oc2HealthAssessmentPct, oc2DentalCheckPct, oc2ImmunisationsPct, oc3InTouchPct1718, oc3InTouchPct1921, oc3EetPct1718, oc3EetPct1921, oc3SuitableAccommodationPct1718, oc3SuitableAccommodationPct1921].map(withinReturns);

/** The measure, answering "unavailable" for a month end before what the returns supplied can show, or after the newest return ends (shared/unavailable.ts). */
function withinReturns(measure: Measure): Measure {
  return {
    ...measure,
    compute: (input, monthEnd) => unavailableBeforeReturns(input, measure.definition, monthEnd) ?? unavailableAfterReturns(input, measure.definition, monthEnd) ?? measure.compute(input, monthEnd),
  };
}
