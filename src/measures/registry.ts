// Every measure carestats computes, in report order. Adding a measure means adding its folder and a line here.
import { claCount } from './cla-count/index.ts';
import { claRate } from './cla-rate/index.ts';
import type { Measure } from './measure.ts';

export const MEASURES: readonly Measure[] = [claCount, claRate];
