// The ways any measure can be broken down: each child's group on a date (district, team, age band, sex,
// ethnicity, EHC plan, disability, UASC, legal status, placement type).
import { ageOn, formatMonthLong, formatUk, type Day } from '../../core/civil-date.ts';
import type { MeasureInput } from '../../measures/measure.ts';
import type { SuppliedTable } from '../../timeline/build-timelines.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { episodeOpenAt } from '../../timeline/looked-after-on.ts';
import { TEMPORARY_PLACEMENTS, usualEpisodeOn } from '../../timeline/placements.ts';
import { latestContactRow } from '../../measures/shared/care-leaver-status.ts';
import { latestUascRow } from '../../measures/shared/uasc-row.ts';
import { neededMissing, recordsBegin, ssdEnded, unlinkedReason } from '../../measures/shared/unavailable.ts';
import { wholeData } from '../../measures/shared/whole-data.ts';
import { allocationOn, NOT_ALLOCATED, teamDirectory, type TeamPlace } from './allocation.ts';
import {
  AGE_BANDS, ageBand, ETHNIC_GROUPS, ethnicGroup, LEGAL_STATUS_GROUPS, legalStatusGroup, PLACEMENT_GROUPS, placementGroup, SEXES, sexGroup,
} from './code-groups.ts';

/** A child who has no SSDA903 episode in force on the date (a care leaver, or someone who has gone home). */
export const NOT_LOOKED_AFTER = 'Not looked after on the date';

/** A dimension made ready for one input: the child's group at a date, and the groups always listed. */
export interface PreparedDimension {
  /** Groups shown even when empty, in display order; any other group a child falls in follows them. */
  groups: readonly string[];
  groupOf(child: ChildTimeline, day: Day): string;
  /**
   * The child's group in a measure of care leavers (MeasureDefinition.breakdownCohort), where it is worked out
   * otherwise: the team and district of the team on the young person's care-leaver record. Unset: groupOf.
   */
  careLeaverGroupOf?: (child: ChildTimeline, day: Day) => string;
}

/** A way of breaking measures down. */
export interface Dimension {
  /** Stable id, as given to `--by`. */
  id: string;
  title: string;
  /** How a child's group is worked out, for analysts. */
  description: string;
  /** Makes the dimension ready for an input, or says in words which data it needs. */
  prepare(input: MeasureInput): PreparedDimension | { unavailable: string };
}

/**
 * The group of a child on a day before the ssd_involvements records begin (an SSD extract starting later than
 * the SSDA903 history): their allocation then is not known, which is not the same as not allocated.
 */
export function allocationNotKnown(begins: Day): string {
  return `Not known: ssd_involvements records begin in ${formatMonthLong(begins)}`;
}

/** The group of a child on a day the SSD extract does not reach (measures/shared/unavailable.ts ssdEndedBefore). */
export function allocationNotKnownAfter(ended: Day): string {
  return `Not known: the SSD tables end on ${formatUk(ended)}`;
}

/**
 * A child's group by the team their allocation on the day names (`pick`: its name, or its district), or "Not
 * allocated"; in the care-leaver measures, by the team on the young person's care-leaver record where it
 * records one (careLeaverTeamOn), else as the others. Before the involvements' records begin (measure.ts
 * SPELL_TABLES: by the first allocation to end), "Not known" with the month they begin.
 */
function allocationGroups(input: MeasureInput, place: (recorded: string) => TeamPlace, pick: (p: TeamPlace) => string): Pick<PreparedDimension, 'groupOf' | 'careLeaverGroupOf'> {
  const begins = recordsBegin(input, 'ssd.involvements');
  const notKnown = begins === null ? '' : allocationNotKnown(begins);
  const ssdLatest = wholeData(input).ssdLatest ?? null;
  const groupOf = (child: ChildTimeline, day: Day): string => {
    // Without this, every child in care before an extract's start date was "Not allocated" (134 of 152 in an
    // analyst's test of a 10-year history with an SSD extract from April 2025).
    if (begins !== null && day < begins) return notKnown;
    // Nor after the SSD extract ends: the allocations then are not in it (those open in it may have changed).
    const ended = ssdEnded(ssdLatest, day);
    if (ended !== null) return allocationNotKnownAfter(ended);
    const inv = allocationOn(child.ssd.involvements, day);
    return inv === null ? NOT_ALLOCATED : pick(place(inv.team));
  };
  const careLeaverGroupOf = (child: ChildTimeline, day: Day): string => {
    const team = careLeaverTeamOn(child, day);
    return team === null ? groupOf(child, day) : pick(place(team));
  };
  return { groupOf, careLeaverGroupOf };
}

/**
 * The team on a care leaver's latest ssd_care_leavers row on or before `day` (clea_care_leaver_allocated_team,
 * on the row the care-leaver measures take the young person's status from: care-leaver-status.ts
 * latestContactRow), or null when that row records none (or there is no such row).
 */
function careLeaverTeamOn(child: ChildTimeline, day: Day): string | null {
  const row = latestContactRow(child.ssd.careLeavers, day);
  return row === null || row.team.trim() === '' ? null : row.team;
}

/**
 * Why a dimension read from one SSD table cannot be worked out: the table was not supplied, or its children are
 * not the SSDA903 returns' (measures/shared/unavailable.ts, as for a measure); null when it can.
 */
function ssdTableUnusable(input: MeasureInput, table: SuppliedTable): { unavailable: string } | null {
  const missing = neededMissing(input, [table]);
  if (missing !== null) return { unavailable: missing };
  const unlinked = unlinkedReason(input, [table]);
  return unlinked === null ? null : { unavailable: `Cannot be worked out: ${unlinked}` };
}

/** Disability groups in display order. */
const DISABILITY_GROUPS = ['Disabled', 'No disability recorded'] as const;

/** EHC plan groups in display order, in words rather than the acronym, since panel members read them. */
const EHC_PLAN_GROUPS = ['Has an education, health and care plan', 'No education, health and care plan'] as const;

/** UASC groups in display order, in words rather than the acronym; a former UASC is listed too, so every group shows. */
const UASC_GROUPS = ['Unaccompanied asylum-seeking child', 'Former unaccompanied asylum-seeking child', 'Not an unaccompanied asylum-seeking child'] as const;
/** Listed only where met: a young person not looked after in any return supplied, whose UASC status no return shows. */
const UASC_NOT_KNOWN = 'Not known: not looked after in the returns supplied';

/** Every dimension, in the order `carestats help` lists them. */
export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'district',
    title: 'District',
    description: 'The district of the team the child’s allocated worker belonged to on the date (SSD ssd_involvements, as for Team): the district la-config.json gives the team, else the team’s parent in the SSD ssd_department table (named as in la-config.json where it lists that district). In the care-leaver measures, the district of the team on the young person’s care-leaver record, as for Team. Before the ssd_involvements records begin (by the first allocation to end: an extract of the allocations in force from a date keeps their own, earlier, starts), or after the SSD extract ends, "Not known", as for Team.',
    prepare(input) {
      const unusable = ssdTableUnusable(input, 'ssd.involvements');
      if (unusable) return unusable;
      const districts = input.config?.districts ?? [];
      const departments = input.departments ?? [];
      const parents = departments.some((d) => d.parentId.trim() !== '' || d.parentName.trim() !== '');
      if (districts.length === 0 && !parents) return { unavailable: 'Needs the council’s districts and their teams in la-config.json, or teams with their parents in the SSD ssd_department table.' };
      return { groups: districts.map((d) => d.name), ...allocationGroups(input, teamDirectory(input.config, departments), (p) => p.district) };
    },
  },
  {
    id: 'team',
    title: 'Team',
    description: 'The team of the child’s allocated worker on the date (SSD ssd_involvements), named as in la-config.json where it lists the team, else as in the SSD ssd_department table (matched by team id, else name): the social worker’s (or case worker’s) team, else that of another worker who may hold the case, such as a care leaver’s personal adviser. Independent reviewing officers, the carers’ workers (supervising, fostering, family placement or adoption social workers), advocates and independent visitors are not allocations; which role is which is read from the role’s name. In the care-leaver measures, the team is the allocated team on the young person’s ssd_care_leavers row with the latest contact on or before the date (the row the measures read), where it records one; else the allocation as above. On a date before the ssd_involvements records begin (the month of the first allocation to end: an extract of the allocations in force from a date has none that ended before it, though those it has may start years earlier), the allocation is "Not known", with the month the records begin, not "Not allocated"; so it is, with the day the SSD tables end, on a date more than a week after the last thing in them happened (the extract ends before the date).',
    prepare(input) {
      const unusable = ssdTableUnusable(input, 'ssd.involvements');
      if (unusable) return unusable;
      return {
        groups: (input.config?.districts ?? []).flatMap((d) => d.teams.map((t) => t.name)),
        ...allocationGroups(input, teamDirectory(input.config, input.departments), (p) => p.team),
      };
    },
  },
  {
    id: 'age_band',
    title: 'Age band',
    description: 'The child’s age in whole years on the day they are grouped on (the month end, or the day of the event a measure counts), in DfE’s bands and words: under 1 year, 1 to 4 years, 5 to 9 years, 10 to 15 years, 16 years and over. A birthday counts from the day itself; a child born on 29 February is a year older on 1 March in other years. DfE’s tables band the age on 31 March (or on starting to be looked after), so at 31 March the two agree.',
    prepare: () => ({ groups: AGE_BANDS, groupOf: (child, day) => ageBand(ageOn(child.dob, day)) }),
  },
  {
    id: 'sex',
    title: 'Sex',
    description: 'The child’s sex as recorded in the SSDA903 Header (SEX): male (1 to 2023/24, M from 2024/25), female (2, then F) or unknown (U, from 2024/25). A value in neither scheme is "Not a 903 sex code".',
    prepare: () => ({ groups: SEXES, groupOf: (child) => sexGroup(child.sex) }),
  },
  {
    id: 'ethnicity_group',
    title: 'Ethnic group',
    description: 'The DfE major ethnic group of the child’s SSDA903 ETHNIC code, named as in DfE’s children-looked-after data sets: White; Mixed or Multiple ethnic groups; Asian or Asian British; Black, African, Caribbean or Black British; Other ethnic group; Refused or information not yet available (REFU, NOBT). Chinese (CHNE) is under Other ethnic group, as in DfE’s older children-looked-after and children-in-need tables; whether DfE’s current tables, which use the census’s group names, still put it there is not verified. A code in no year’s list is "Not a 903 ethnicity code".',
    prepare: () => ({ groups: ETHNIC_GROUPS, groupOf: (child) => ethnicGroup(child.ethnic) }),
  },
  {
    id: 'ehc_plan',
    title: 'Education, health and care plan',
    description:
      'Whether the child has an education, health and care (EHC) plan, from the SSD ssd_person SEND flag (Y has one, N has none; anything else, or no ssd_person row, is not recorded). This is special educational needs, not disability (see Disability).',
    prepare(input) {
      const unusable = ssdTableUnusable(input, 'ssd.person');
      if (unusable) return unusable;
      return {
        groups: EHC_PLAN_GROUPS,
        groupOf: (child) => {
          const flag = child.ssd.person?.sendFlag ?? '';
          if (flag === 'Y') return 'Has an education, health and care plan';
          if (flag === 'N') return 'No education, health and care plan';
          return 'Not recorded';
        },
      };
    },
  },
  {
    id: 'disability',
    title: 'Disability',
    description:
      'Disabled if the SSD ssd_disability table holds a row for the child; no disability recorded otherwise. The table has no dates, so it is the extract’s record as it stands, at every date. carestats reads no meaning into the disability code (the SSD gives no code list it can check): every row counts as a disability recorded, so an extract should hold rows only for disabilities.',
    prepare(input) {
      // Supplied even with no rows: a file with headings only says no child has a disability recorded.
      const unusable = ssdTableUnusable(input, 'ssd.disabilities');
      if (unusable) return unusable;
      return { groups: DISABILITY_GROUPS, groupOf: (child) => (child.ssd.disabilities.length > 0 ? 'Disabled' : 'No disability recorded') };
    },
  },
  {
    id: 'uasc',
    title: 'Unaccompanied asylum-seeking children',
    description:
      'An unaccompanied asylum-seeking child (UASC) if the child is in the SSDA903 UASC table and their UASC status had not ceased (DUC) by the date; a former one once it had; not one otherwise. A care leaver not looked after in any of the returns supplied is "Not known": a return lists only the children looked after in its year.',
    prepare(input) {
      if (!input.supplied.has('ssda903.uasc')) return { unavailable: 'Needs the SSDA903 UASC table, which the data does not include.' };
      return {
        groups: UASC_GROUPS,
        groupOf: (child, day) => {
          // The row cla_uasc counts by, so the groups add up to it.
          const row = latestUascRow(child);
          // A young person with no episode in the returns left care before them (a care leaver in the returns only
          // through OC3): a return's UASC table lists the children looked after in its year, so theirs is not
          // there. Before, a former UASC of 20 was "not one" from a year's returns, and "former" from ten.
          if (!row) return child.episodes.length === 0 ? UASC_NOT_KNOWN : 'Not an unaccompanied asylum-seeking child';
          // DUC is the day UASC status ceased (at the latest the 18th birthday): from then the child is former UASC.
          return row.duc !== null && row.duc <= day ? 'Former unaccompanied asylum-seeking child' : 'Unaccompanied asylum-seeking child';
        },
      };
    },
  },
  {
    id: 'legal_status_group',
    title: 'Legal status',
    description: 'The legal status (LS) of the SSDA903 episode in force on the date, in DfE’s groups: care order (interim or full, C1, C2), placement order (E1, and the freeing orders they replaced, D1: whether DfE counts these with placement orders is not verified), voluntary agreement under section 20 of the Children Act 1989 (V2), detained for child protection (police protection L1, emergency protection order L2, child assessment order L3), youth justice legal status (J1 remanded, J2 placed under the Police and Criminal Evidence Act 1984, J3 youth rehabilitation order with residence or intensive fostering). Short breaks (V3, V4) are a group of their own, which DfE’s figures leave out. A code in no year’s list is "Not a 903 legal status code".',
    prepare: () => ({
      groups: LEGAL_STATUS_GROUPS,
      groupOf: (child, day) => {
        const e = episodeOpenAt(child.episodes, day);
        return e ? legalStatusGroup(e.ls) : NOT_LOOKED_AFTER;
      },
    }),
  },
  {
    id: 'placement_type_group',
    title: 'Placement type',
    description:
      'The placement (PLACE) of the SSDA903 episode in force on the date (during a temporary placement, T0–T4, the placement the child is expected to return to), in the placement types of DfE’s national tables: foster care (U1–U6), placed for adoption (A3–A6), placed with parents or other person with parental responsibility (P1), secure homes and children’s homes (K1, K2), independent and semi-independent living arrangements / supported accommodation (semi-independent living H5 and independent living P2 to 2024/25, supported accommodation K3 from 2024/25), other residential settings (R1 residential care home, R2 health setting, R3 family centre or mother-and-baby unit, R5 young offender institution), residential schools (S1), and other placements (Z1 to 2024/25, Z11–Z14 from 2025/26, P3 residential employment, and a temporary placement with no usual one). Not verified from a public source: the names of the last three groups in DfE’s current tables, and which of DfE’s groups it puts Z11–Z14 and P3 in. These groups are not those of the residential-care measure (K1, K2, R1, S1), which is carestats’ own.',
    prepare: () => ({
      groups: PLACEMENT_GROUPS,
      groupOf: (child, day) => {
        // During a temporary placement (T0–T4), the placement the child is expected to return to, as the
        // placement measures count them (timeline/placements.ts usualEpisodeOn).
        const e = episodeOpenAt(child.episodes, day);
        if (!e) return NOT_LOOKED_AFTER;
        // Looked up only for a temporary episode: it is remembered per child and day, which costs for every child.
        return placementGroup(TEMPORARY_PLACEMENTS.has(e.place) ? (usualEpisodeOn(child, day) ?? e).place : e.place);
      },
    }),
  },
];

/** Returns the dimension with an id, or undefined. */
export function dimensionById(id: string): Dimension | undefined {
  return DIMENSIONS.find((d) => d.id === id);
}
