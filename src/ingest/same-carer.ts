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

function normalise(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}
