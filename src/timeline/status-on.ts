// Small look-ups of a child's circumstances on a date: legal status, placement and age.
import { ageOn, type Day } from '../core/civil-date.ts';
import type { Episode } from './record-views.ts';
import type { ChildTimeline } from './child-timeline.ts';
import { episodeOpenAt } from './looked-after-on.ts';

/** Where a child was placed at the end of a day, from the episode in force. */
export interface PlacementDetails {
  /** 903 PLACE code, e.g. U4. */
  type: string;
  /** 903 PLACE_PROVIDER code, e.g. PR1. */
  provider: string;
  /** PL_POST as recorded (may be blank or a district only). */
  postcode: string;
  urn: string;
  episode: Episode;
}

/** Returns the legal status (903 LS) in force at the end of `day`, or null when no episode is in force. */
export function legalStatusOn(timeline: ChildTimeline, day: Day): string | null {
  return episodeOpenAt(timeline.episodes, day)?.ls ?? null;
}

/** Returns the placement in force at the end of `day`, or null when no episode is in force. */
export function placementDetailsOn(timeline: ChildTimeline, day: Day): PlacementDetails | null {
  const e = episodeOpenAt(timeline.episodes, day);
  if (!e) return null;
  return { type: e.place, provider: e.placeProvider, postcode: e.plPost, urn: e.urn, episode: e };
}

/** Returns the child's age in completed years at `day`. */
export function ageOnDay(timeline: ChildTimeline, day: Day): number {
  return ageOn(timeline.dob, day);
}

/**
 * Returns the postcode district (outward code) of a postcode, upper-cased: "dm3 4ab" → "DM3". A postcode
 * written without a space is split before its last three characters (the inward code), as every full UK
 * postcode ends in digit-letter-letter. Returns null for a blank or unreadable postcode.
 */
export function postcodeDistrict(postcode: string): string | null {
  const text = postcode.trim().toUpperCase();
  if (text === '') return null;
  const parts = text.split(/\s+/);
  if (parts.length > 1) return /^[A-Z]{1,2}\d[A-Z\d]?$/.test(parts[0] ?? '') ? (parts[0] ?? null) : null;
  if (/^[A-Z]{1,2}\d[A-Z\d]?$/.test(text)) return text;
  const m = /^([A-Z]{1,2}\d[A-Z\d]?)\d[A-Z]{2}$/.exec(text);
  return m?.[1] ?? null;
}
