// The synthetic council's configuration: name and codes, districts with their teams and postcode
// districts, and ONS-style 0–17 population estimates sized so the rate is near England's.
import { ymdFromDay, type Day } from '../core/civil-date.ts';
import type { LaConfig } from '../config/la-config.ts';
import { HOME_DISTRICTS } from './geography.ts';
import type { Workforce } from './simulate-activity.ts';
import type { Random } from './random.ts';

/** Builds la-config.json for a council with about `stock` children looked after; teams scale with size. */
export function councilConfig(stock: number, end: Day): LaConfig {
  const lastYear = ymdFromDay(end).year;
  // England's rate is about 70 per 10,000 children aged 0 to 17.
  const base = Math.round((stock / 70) * 10_000);
  const population: LaConfig['population'] = [];
  for (let year = lastYear - 16; year <= lastYear; year += 1) {
    population.push({ year, children0to17: Math.round(base * (1 + (year - lastYear) * 0.004)), source: `ONS mid-${String(year)} estimate (synthetic)` });
  }
  // About 60 children per children-in-care team; at least two teams in each district.
  const teamsPerDistrict = Math.max(2, Math.ceil(stock / (60 * HOME_DISTRICTS.length)));
  const districts = HOME_DISTRICTS.map((d) => ({
    id: d.id,
    name: d.name,
    postcodeDistricts: d.postcodes.map((p) => p.code),
    teams: [
      ...Array.from({ length: teamsPerDistrict }, (_, i) => ({ id: `${d.id}-CIC${String(i + 1)}`, name: `${d.name} Children in Care Team ${String(i + 1)}`, service: 'children-in-care' as const })),
      { id: `${d.id}-LC`, name: `${d.name} Leaving Care Team`, service: 'care-leavers' as const },
    ],
  }));
  return { name: 'Demoshire (synthetic demo council)', laCode: 'E10000999', dfeNumber: '999', population, districts, synthetic: true };
}

/** The workforce implied by the configuration: team ids by district, about 15 children per worker. */
export function workforceOf(config: LaConfig, stock: number): Workforce {
  const teamCount = config.districts.reduce((n, d) => n + d.teams.length, 0);
  const workersPerTeam = Math.max(3, Math.ceil(stock / 15 / Math.max(1, teamCount)));
  const teamNumber = new Map(config.districts.flatMap((d) => d.teams).map((t, i) => [t.id, i + 1]));
  const cic = new Map(config.districts.map((d) => [d.id, d.teams.filter((t) => t.service === 'children-in-care').map((t) => t.id)]));
  const leaving = new Map(config.districts.map((d) => [d.id, d.teams.find((t) => t.service === 'care-leavers')?.id ?? '']));
  return {
    childrenInCareTeams: (districtId) => cic.get(districtId) ?? [],
    careLeaverTeam: (districtId) => leaving.get(districtId) ?? '',
    // Social Work England-style ids for the 903 SWEpisodes table: SW + 7 digits.
    worker: (rng: Random, team: string) => `SW${String((teamNumber.get(team) ?? 0) * 1000 + rng.int(1, workersPerTeam)).padStart(7, '0')}`,
  };
}
