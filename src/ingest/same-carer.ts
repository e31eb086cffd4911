// Two facts about SSDA903 placements that both the checks and the timelines need, kept below both stages:
// which placement types are temporary, and when an episode after a temporary move is back with the usual carer.
import type { EpisodeRecord } from './records.ts';

/** Temporary placement types (903 PLACE T0–T4: temporary move, hospital, holiday, carer's holiday, 7 days or less). */
export const TEMPORARY_PLACEMENTS: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

/** The fields that say where and with whom a child is placed. */
export type PlacementFields = Pick<EpisodeRecord, 'place' | 'placeProvider' | 'plPost' | 'urn'>;

/**
 * Tells whether an episode is back with the carer of `usual` after a temporary move. The test: the same
 * placement type (PLACE), the same provider (PLACE_PROVIDER), the same placement postcode (PL_POST, compared
 * without spaces or case) and the same Ofsted URN — the fields the DfE validator compares for rule 383
 * ("a child in a temporary placement must subsequently return to his/her normal placement") and rules 434–436.
 */
export function isSameCarer(usual: PlacementFields, next: PlacementFields): boolean {
  return usual.place === next.place && usual.placeProvider === next.placeProvider &&
    normalise(usual.plPost) === normalise(next.plPost) && normalise(usual.urn) === normalise(next.urn);
}

/**
 * What differs between the two, field by field as isSameCarer compares them: [column, in usual, in next] for
 * each field that differs (none when isSameCarer is true). For messages; isSameCarer is the quick test.
 */
export function placementDifferences(usual: PlacementFields, next: PlacementFields): [string, string, string][] {
  const fields: [string, string, string, boolean][] = [
    ['PLACE', usual.place, next.place, false],
    ['PLACE_PROVIDER', usual.placeProvider, next.placeProvider, false],
    ['PL_POST', usual.plPost, next.plPost, true],
    ['URN', usual.urn, next.urn, true],
  ];
  return fields.filter(([, a, b, loose]) => (loose ? normalise(a) !== normalise(b) : a !== b)).map(([column, a, b]) => [column, a, b]);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}
