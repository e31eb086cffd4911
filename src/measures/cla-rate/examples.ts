// Worked examples for cla_rate: synthetic histories (no real child data) with hand-computed results.
import type { LaConfig } from '../../config/la-config.ts';
import type { ExampleChild, WorkedExample } from '../example-kit.ts';

const config = (population: LaConfig['population']): LaConfig => ({
  name: 'Exampleshire',
  laCode: 'E10000099',
  population,
  districts: [],
  synthetic: true,
});

const twoInCare: ExampleChild[] = [
  { child: 'R1', dob: '01/06/2012', episodes: [{ start: '01/01/2025' }] },
  { child: 'R2', dob: '01/06/2016', episodes: [{ start: '01/01/2025' }] },
  { child: 'R3', dob: '01/06/2014', episodes: [{ start: '01/01/2025', ls: 'V3', place: 'K2' }] },
];

export const examples: WorkedExample[] = [
  {
    name: 'two children looked after in a population of 20,000 is a rate of 1 per 10,000',
    explanation: 'R1 and R2 are looked after; R3 is on a short break and left out. 2 ÷ 20,000 × 10,000 = 1.',
    children: twoInCare,
    config: config([{ year: 2025, children0to17: 20_000, source: 'ONS mid-2025 (example)' }]),
    month: '2026-03',
    expected: { numerator: 2, denominator: 20_000, value: 1, counted: ['R1', 'R2'] },
  },
  {
    name: 'the rate uses the latest mid-year estimate on or before the month end',
    explanation:
      'At the end of May 2025 the mid-2025 estimate (30 June 2025) is not yet in force, so the mid-2024 figure of 3,000 is used: 2 ÷ 3,000 × 10,000 = 6.67, published as 7.',
    children: twoInCare,
    config: config([
      { year: 2024, children0to17: 3_000, source: 'ONS mid-2024 (example)' },
      { year: 2025, children0to17: 4_000, source: 'ONS mid-2025 (example)' },
    ]),
    month: '2025-05',
    expected: { numerator: 2, denominator: 3_000, value: 7, counted: ['R1', 'R2'] },
  },
  {
    name: 'from July the new mid-year estimate is used',
    explanation: 'At the end of July 2025 the mid-2025 figure of 4,000 applies: 2 ÷ 4,000 × 10,000 = 5.',
    children: twoInCare,
    config: config([
      { year: 2024, children0to17: 3_000, source: 'ONS mid-2024 (example)' },
      { year: 2025, children0to17: 4_000, source: 'ONS mid-2025 (example)' },
    ]),
    month: '2025-07',
    expected: { numerator: 2, denominator: 4_000, value: 5, counted: ['R1', 'R2'] },
  },
  {
    name: 'a month end before the earliest estimate given uses that earliest estimate',
    explanation:
      'la-config.json names only the mid-2025 estimate (4,000). At the end of March 2025 no estimate on or before the month end is given, so the nearest, mid-2025, is used: 2 ÷ 4,000 × 10,000 = 5.',
    children: twoInCare,
    config: config([{ year: 2025, children0to17: 4_000, source: 'ONS mid-2025 (example)' }]),
    month: '2025-03',
    expected: { numerator: 2, denominator: 4_000, value: 5, counted: ['R1', 'R2'] },
  },
  {
    name: 'without a population the rate is unavailable rather than zero',
    explanation: 'No la-config.json was given, so there is no denominator: the measure says what it needs.',
    children: twoInCare,
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
