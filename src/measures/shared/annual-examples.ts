// Builds OC2 and OC3 rows for worked examples of the annual DfE measures.
import type { Oc2Record, Oc3Record } from '../../ingest/records.ts';
import type { ExampleChild, WorkedExample } from '../example-kit.ts';
import { allTablesBut } from './adoption-examples.ts';

let row = 0;

/** Makes an OC2 row for collection year `year` (end year) with the three health items as 0 or 1. */
export function oc2(child: string, year: number, items: { assessment: string; teeth: string; immunisations: string }): Oc2Record {
  row += 1;
  return {
    child, dob: 0, sdqScore: null, sdqReason: '', convicted: '', healthCheck: '', immunisations: items.immunisations, teethCheck: items.teeth,
    healthAssessment: items.assessment, substanceMisuse: '0', interventionReceived: '', interventionOffered: '',
    file: `worked-example ${String(year)} oc2`, row, year,
  };
}

/** A young person who was in care from 2015 and left at 18 (E17) on `left`: the OC3 examples' care leaver. */
export function oc3Leaver(child: string, dob: string, left: string): ExampleChild {
  return { child, dob, episodes: [{ start: '01/01/2015', end: left, place: 'U4', rec: 'E17' }] };
}

/** Makes an OC3 row for collection year `year` (end year). */
export function oc3(child: string, year: number, inTouch: string, activ: string, accom: string): Oc3Record {
  row += 1;
  return { child, dob: 0, inTouch, activ, accom, file: `worked-example ${String(year)} oc3`, row, year };
}

/** The worked example every OC3 measure has: without the OC3 table, unavailable rather than 0%. */
export const WITHOUT_OC3: WorkedExample = {
  name: 'without the OC3 table the measure is unavailable',
  explanation: 'The council supplied no OC3 table, so the measure says so instead of showing 0%.',
  children: [],
  supplied: allTablesBut('ssda903.oc3'),
  month: '2025-03',
  expected: { numerator: null, denominator: null, value: null, unavailable: true },
};
