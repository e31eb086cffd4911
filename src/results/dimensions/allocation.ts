// Which team a child was allocated to on a date, from SSD involvements, and that team's district from la-config.
import type { Day } from '../../core/civil-date.ts';
import type { LaConfig } from '../../config/la-config.ts';
import type { SsdInvolvement } from '../../timeline/record-views.ts';

/** A child with no allocation in force on the date. */
export const NOT_ALLOCATED = 'Not allocated';

/** An allocation to a team that la-config.json does not list, so its district is not known. */
export const UNKNOWN_DISTRICT = 'Team not in la-config.json';

/**
 * Returns the involvement in force at the end of `day`: started on or before it and not ended on or before it
 * (the rule episodes follow, so a worker who hands over on the day has handed over). Where several overlap, the
 * latest to start wins: a new allocation is recorded before the old one is closed.
 */
export function allocationOn(involvements: readonly SsdInvolvement[], day: Day): SsdInvolvement | null {
  let found: SsdInvolvement | null = null;
  // An index loop: a breakdown asks this of every child at every month end, and for…of made an object a step.
  for (let i = 0; i < involvements.length; i += 1) {
    const inv = involvements[i];
    if (!inv || inv.start === null || inv.start > day) continue;
    if (inv.end !== null && inv.end <= day) continue;
    if (found === null || inv.start >= (found.start ?? inv.start)) found = inv;
  }
  return found;
}

/** A team as the breakdowns name it. */
export interface TeamPlace {
  team: string;
  district: string;
}

/**
 * Makes a lookup from the team an involvement records (SSD holds a team id or a team name, depending on the
 * case-management system) to the team's name and district in la-config.json. Matching ignores case and spaces
 * at the ends.
 */
export function teamDirectory(config: LaConfig | null): (recorded: string) => TeamPlace {
  const known = new Map<string, TeamPlace>();
  for (const d of config?.districts ?? []) {
    for (const t of d.teams) {
      const place = { team: t.name, district: d.name };
      known.set(t.id.trim().toUpperCase(), place);
      known.set(t.name.trim().toUpperCase(), place);
    }
  }
  // Each recorded spelling is looked up once: a breakdown asks for every child at every month end.
  const seen = new Map<string, TeamPlace>();
  return (recorded) => {
    let place = seen.get(recorded);
    if (place === undefined) {
      place = known.get(recorded.trim().toUpperCase()) ?? { team: recorded.trim() || 'Team not recorded', district: UNKNOWN_DISTRICT };
      if (seen.size < 10_000) seen.set(recorded, place);
    }
    return place;
  };
}
