// Computation of away_incidents for a month.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { countStartingInMonth } from '../shared/missing-episodes.ts';
import { unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Counts the away-from-placement episodes that began in the month ending `monthEnd` while the child was looked after. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes']) ?? countStartingInMonth(input, monthEnd, definition.id, 'away', 'episodes');
}
