// Builds one timeline per child from Header and Episodes records.
import type { Ssda903Data } from '../ingest/records.ts';
import type { ChildTimeline, PeriodOfCare } from './child-timeline.ts';
import type { EpisodeRecord } from '../ingest/records.ts';

/** Builds timelines for every child in Header, in Header order; children with no episodes get empty timelines. */
export function buildTimelines(data: Ssda903Data): ChildTimeline[] {
  const episodesByChild = new Map<string, EpisodeRecord[]>();
  for (const e of data.episodes) {
    const list = episodesByChild.get(e.child);
    if (list) list.push(e);
    else episodesByChild.set(e.child, [e]);
  }
  return data.headers.map((h) => {
    const episodes = (episodesByChild.get(h.child) ?? []).sort((a, b) => a.decom - b.decom);
    return { child: h.child, sex: h.sex, dob: h.dob, ethnic: h.ethnic, episodes, periods: periodsOfCare(episodes) };
  });
}

/**
 * Groups date-ordered episodes into periods of care. A period continues while an episode ends with REC X1
 * ("episode ends and a new one starts the same day"); any other reason, or an open episode, ends it.
 */
export function periodsOfCare(episodes: readonly EpisodeRecord[]): PeriodOfCare[] {
  const periods: PeriodOfCare[] = [];
  let current: EpisodeRecord[] = [];
  for (const e of episodes) {
    current.push(e);
    if (e.rec !== 'X1' || e.dec === null) {
      periods.push(close(current));
      current = [];
    }
  }
  // A period whose last episode says X1 but has no successor: the data is incomplete, so keep it ending there.
  if (current.length) periods.push(close(current));
  return periods;
}

function close(episodes: EpisodeRecord[]): PeriodOfCare {
  const first = episodes[0];
  const last = episodes.at(-1);
  if (!first || !last) throw new Error('Programmer error: empty period of care');
  return { start: first.decom, end: last.dec, episodes };
}
