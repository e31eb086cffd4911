// Which team a child was allocated to on a date, from SSD involvements, and that team's name and district from
// la-config.json or the SSD ssd_department table.
import type { Day } from '../../core/civil-date.ts';
import type { LaConfig } from '../../config/la-config.ts';
import type { SsdDepartment, SsdInvolvement } from '../../timeline/record-views.ts';

/** A child with no allocation in force on the date. */
export const NOT_ALLOCATED = 'Not allocated';

/** An allocation to a team that la-config.json does not list, so its district is not known (without ssd_department rows). */
export const UNKNOWN_DISTRICT = 'Team not in la-config.json';

/**
 * Returns the allocation in force at the end of `day`: an involvement started on or before it and not ended on
 * or before it (the rule episodes follow, so a worker who hands over on the day has handed over), whose role is
 * one that holds the case (see roleRank). The child's social worker (or case worker) comes before any other role
 * in force, such as a personal adviser appointed at 16 while the child is still in care; a care leaver's
 * personal adviser is their allocation. Where several of one rank overlap, the latest to start wins: a new
 * allocation is recorded before the old one is closed.
 */
export function allocationOn(involvements: readonly SsdInvolvement[], day: Day): SsdInvolvement | null {
  let found: SsdInvolvement | null = null;
  let foundRank = 0;
  // An index loop: a breakdown asks this of every child at every month end, and for…of made an object a step.
  for (let i = 0; i < involvements.length; i += 1) {
    const inv = involvements[i];
    if (!inv || inv.start === null || inv.start > day) continue;
    if (inv.end !== null && inv.end <= day) continue;
    const rank = roleRank(inv.role);
    if (rank === 0 || rank < foundRank) continue;
    if (found === null || rank > foundRank || inv.start >= (found.start ?? inv.start)) {
      found = inv;
      foundRank = rank;
    }
  }
  return found;
}

/**
 * Roles (SSD invo_professional_role_id, free text in each council's system) whose team says nothing of who holds
 * the child's case: an independent reviewing officer, the carers' worker (a supervising, fostering, family
 * placement or adoption social worker), an advocate or an independent visitor. An agency ('independent')
 * social worker does hold the case.
 */
const NOT_THE_CASE = /\b(iro|reviewing|supervising|fostering|family placement|adoption|advocate|advocacy|visitor)\b/i;
/** Roles of the worker who holds the case. */
const HOLDS_THE_CASE = /social worker|case worker|allocated worker|key worker/i;
const RANKS = new Map<string, number>();

/** 2: the case holder; 1: another role that may be the allocation (a personal adviser, a role left blank); 0: not the case holder. */
export function roleRank(role: string): number {
  // Kept small so it is inlined where allocationOn asks for every child at every month end: most involvements
  // carry one role (the social worker's), so the last answer is kept beside the map.
  return role === lastRole ? lastRank : rememberRank(role);
}
let lastRole: string | null = null;
let lastRank = 0;

function rememberRank(role: string): number {
  let rank = RANKS.get(role);
  if (rank === undefined) {
    rank = NOT_THE_CASE.test(role) ? 0 : HOLDS_THE_CASE.test(role) ? 2 : 1;
    // A council's system has a handful of roles.
    if (RANKS.size < 1000) RANKS.set(role, rank);
  }
  lastRole = role;
  lastRank = rank;
  return rank;
}

/** A team as the breakdowns name it. */
export interface TeamPlace {
  team: string;
  district: string;
}

/** An allocation to a team whose district neither la-config.json nor ssd_department gives (with ssd_department rows). */
export const DISTRICT_NOT_KNOWN = 'District not in la-config.json or ssd_department';

/**
 * Makes a lookup from the team an involvement records (SSD holds a team id or a team name, depending on the
 * case-management system) to the team's name and district. la-config.json comes first: a team it lists (by id
 * or name) has the name and district it gives there, whatever ssd_department says. A team it does not list is
 * named from the SSD ssd_department row whose team id (else, team name) it matches, and its district is that
 * row's parent: the la-config.json district the parent's id or name matches, else the parent's name in the row
 * (or in the parent's own row). Matching ignores case and spaces at the ends.
 */
export function teamDirectory(config: LaConfig | null, departments: readonly SsdDepartment[] = []): (recorded: string) => TeamPlace {
  const known = new Map<string, TeamPlace>();
  const districtNamed = new Map<string, string>();
  for (const d of config?.districts ?? []) {
    districtNamed.set(key(d.id), d.name);
    districtNamed.set(key(d.name), d.name);
    for (const t of d.teams) {
      const place = { team: t.name, district: d.name };
      known.set(key(t.id), place);
      known.set(key(t.name), place);
    }
  }
  const unknown = departments.length > 0 ? DISTRICT_NOT_KNOWN : UNKNOWN_DISTRICT;
  const departmentPlaces = departmentDirectory(departments, districtNamed, unknown);
  // Each recorded spelling is looked up once: a breakdown asks for every child at every month end.
  const seen = new Map<string, TeamPlace>();
  return (recorded) => {
    let place = seen.get(recorded);
    if (place === undefined) {
      const k = key(recorded);
      place = known.get(k) ?? departmentPlaces(k) ?? { team: recorded.trim() || 'Team not recorded', district: unknown };
      if (seen.size < 10_000) seen.set(recorded, place);
    }
    return place;
  };
}

/** How a team id or name is matched. */
function key(text: string): string {
  return text.trim().toUpperCase();
}

/**
 * The ssd_department rows' teams by id and, where no row has that id, by name (the first row for each), with
 * each team's district named as teamDirectory says.
 */
function departmentDirectory(departments: readonly SsdDepartment[], districtNamed: ReadonlyMap<string, string>, unknown: string): (k: string) => TeamPlace | undefined {
  const byId = new Map<string, SsdDepartment>();
  const byName = new Map<string, SsdDepartment>();
  for (const d of departments) {
    if (d.teamId.trim() !== '' && !byId.has(key(d.teamId))) byId.set(key(d.teamId), d);
    if (d.teamName.trim() !== '' && !byName.has(key(d.teamName))) byName.set(key(d.teamName), d);
  }
  const districtOf = (d: SsdDepartment): string => {
    const parentName = d.parentName.trim() || (byId.get(key(d.parentId))?.teamName.trim() ?? '');
    const named = (text: string) => (text.trim() === '' ? undefined : districtNamed.get(key(text)));
    return named(d.parentId) ?? named(parentName) ?? (parentName || unknown);
  };
  return (k) => {
    const d = byId.get(k) ?? byName.get(k);
    return d === undefined ? undefined : { team: d.teamName.trim() || d.teamId.trim(), district: districtOf(d) };
  };
}
