// Placements counted the DfE way: the one function every stability measure uses to say how many placements
// (carers) a child had, collapsing episodes that changed legal status or carer status only, and temporary moves.
import type { Day } from '../core/civil-date.ts';
import type { Episode } from './record-views.ts';
import type { ChildTimeline } from './child-timeline.ts';
import { rememberedPerDay, rememberedPerTimeline } from './remembered.ts';
import { SHORT_BREAK_STATUSES } from './looked-after-on.ts';

import { isSameCarer, TEMPORARY_PLACEMENTS } from '../ingest/same-carer.ts';

// Where the checks' rule 383 warning finds them too (checks/rules/temporary-placements.ts), which must not import this stage.
export { isSameCarer, TEMPORARY_PLACEMENTS };

/**
 * Reasons for a new episode that keep the child with the same carer (903 RNE): L legal status only, T change of
 * placement with the same carer, U legal status and placement with the same carer. P (new placement and carer)
 * and B (legal status, placement and carer) are moves; S starts a period of care and so a placement.
 */
export const SAME_CARER_REASONS: ReadonlySet<string> = new Set(['L', 'T', 'U']);

/** One placement with one carer, and the episodes behind it. */
export interface Placement {
  /** The day the child moved in: DECOM of the episode that started it. */
  start: Day;
  /** DEC of its last episode; null while open. */
  end: Day | null;
  /** The episodes that make it up, in date order: the first started it; later ones changed legal status, carer status, or were a temporary move and the return. */
  episodes: readonly Episode[];
}

/**
 * Returns every placement in a child's history, in date order. A placement starts with each period of care
 * and with each episode whose RNE is P or B (or any code other than L, T or U: an unknown reason is read as a
 * move). Short-break episodes (legal status V3 or V4) are left out and are never a placement. A temporary
 * placement (T0–T4) is never a placement of its own: it belongs to the placement it interrupted (or, when a
 * period of care wrongly begins with one, the placement that follows), and the
 * return to that same carer afterwards (see `isSameCarer`) is not a new placement either, whatever its RNE.
 * If the child goes on from a temporary placement to a different carer, that carer is a new placement.
 * The result is remembered per timeline, since many measures and months ask for it.
 */
export const placementsOf: (timeline: ChildTimeline) => readonly Placement[] = rememberedPerTimeline((timeline) => {
  const out: Placement[] = [];
  for (const period of timeline.periods) out.push(...placementsInPeriod(period.episodes));
  return out;
});

/**
 * Returns the distinct placements in force at any time from the start of `from` to the end of `to`
 * (both days included): those that started on or before `to` and had not ended before `from`.
 * A placement the child left on `from` itself counts, since the move happened within the window.
 */
export function placementsBetween(timeline: ChildTimeline, from: Day, to: Day): Placement[] {
  return placementsOf(timeline).filter((p) => p.start <= to && (p.end === null || p.end >= from));
}

/** Returns the placement in force at the end of `day`, if any (short breaks have none). */
export const placementOn: (timeline: ChildTimeline, day: Day) => Placement | undefined = rememberedPerDay((timeline, day) =>
  placementsOf(timeline).find((p) => p.start <= day && (p.end === null || p.end > day)),
);

/**
 * Returns the episode that describes where the child usually lives at the end of `day`: the episode in force,
 * or, during a temporary placement (T0–T4), the last episode with the carer the child is expected to return to
 * (903 rule 383), since a temporary move is not a placement. Undefined when no placement is in force.
 */
export const usualEpisodeOn: (timeline: ChildTimeline, day: Day) => Episode | undefined = rememberedPerDay((timeline, day) => {
  const placement = placementOn(timeline, day);
  if (!placement) return undefined;
  let usual: Episode | undefined;
  for (const e of placement.episodes) {
    if (e.decom > day) break;
    if (!TEMPORARY_PLACEMENTS.has(e.place) || usual === undefined) usual = e;
  }
  return usual;
});

interface Building {
  episodes: Episode[];
  /** The latest non-temporary episode: the carer a temporary move is expected to return to. */
  usual: Episode | null;
  /** Whether the latest episode was a temporary placement. */
  away: boolean;
}

function placementsInPeriod(episodes: readonly Episode[]): Placement[] {
  const out: Placement[] = [];
  let current: Building | null = null;
  const close = () => {
    if (current) out.push(finish(current.episodes));
    current = null;
  };
  for (const e of episodes) {
    // Short breaks (V3, V4) are excluded from every children-looked-after figure, so they hold no placement.
    if (SHORT_BREAK_STATUSES.has(e.ls)) {
      close();
      continue;
    }
    const temporary = TEMPORARY_PLACEMENTS.has(e.place);
    if (current === null) {
      current = { episodes: [e], usual: temporary ? null : e, away: temporary };
      continue;
    }
    const c: Building = current;
    if (temporary) {
      c.episodes.push(e);
      c.away = true;
      continue;
    }
    // A period that began in a temporary placement (invalid, 903 rule 380) has no carer to return to yet: the
    // temporary stay belongs to the first real placement, so it is never counted as a placement of its own.
    const joins = c.away ? c.usual === null || isSameCarer(c.usual, e) : SAME_CARER_REASONS.has(e.rne);
    if (joins) {
      c.episodes.push(e);
      c.usual = e;
      c.away = false;
      continue;
    }
    close();
    current = { episodes: [e], usual: e, away: false };
  }
  close();
  return out;
}

function finish(episodes: Episode[]): Placement {
  const first = episodes[0];
  const last = episodes.at(-1);
  if (!first || !last) throw new Error('Programmer error: empty placement');
  return { start: first.decom, end: last.dec, episodes };
}
