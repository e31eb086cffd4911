// Empty record sets, for a store loading a snapshot and for tests that build data by hand.
import type { SsdData, Ssda903Data } from './records.ts';

export function emptySsda903(): Ssda903Data {
  return {
    headers: [], episodes: [], reviews: [], uasc: [], oc2: [], oc3: [], ad1: [], placedAdoption: [], prevPerm: [],
    missing: [], swEpisodes: [], dolo: [], returns: [],
  };
}

export function emptySsd(): SsdData {
  return { person: [], claEpisodes: [], reviews: [], visits: [], health: [], immunisations: [], sdq: [], missing: [], careLeavers: [], placements: [], involvements: [], departments: [], disabilities: [] };
}
