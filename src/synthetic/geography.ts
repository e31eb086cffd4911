// The synthetic council's geography: fictional postcode districts with positions in miles, so placements
// can be in or out of area with a straight-line distance. "DM" (home) and "ZX"/"YQ" (elsewhere) are not real
// UK postcode areas, so no generated postcode can point at a real address.
import type { Random } from './random.ts';

/** A postcode district and its position in miles from the council's centre. */
export interface PostcodeDistrict {
  code: string;
  x: number;
  y: number;
}

/** The council's own postcode districts, grouped into its three districts. */
export const HOME_DISTRICTS: readonly { id: string; name: string; postcodes: readonly PostcodeDistrict[] }[] = [
  { id: 'N', name: 'North', postcodes: [{ code: 'DM1', x: -3, y: 8 }, { code: 'DM2', x: 2, y: 10 }, { code: 'DM3', x: 6, y: 6 }] },
  { id: 'S', name: 'South', postcodes: [{ code: 'DM4', x: -4, y: -7 }, { code: 'DM5', x: 1, y: -9 }, { code: 'DM6', x: 5, y: -5 }] },
  { id: 'W', name: 'West', postcodes: [{ code: 'DM7', x: -10, y: 1 }, { code: 'DM8', x: -8, y: -2 }, { code: 'DM9', x: -12, y: 4 }] },
];

/** Postcode districts outside the council: neighbours (15–30 miles) and further away (40–150 miles). */
export const OTHER_DISTRICTS: readonly PostcodeDistrict[] = [
  { code: 'ZX1', x: 18, y: 12 }, { code: 'ZX2', x: 22, y: -8 }, { code: 'ZX3', x: -20, y: -14 }, { code: 'ZX4', x: 8, y: 24 },
  { code: 'YQ1', x: 45, y: 30 }, { code: 'YQ2', x: -60, y: 10 }, { code: 'YQ3', x: 90, y: -40 }, { code: 'YQ4', x: 20, y: -130 },
];

const BY_CODE = new Map([...HOME_DISTRICTS.flatMap((d) => d.postcodes), ...OTHER_DISTRICTS].map((d) => [d.code, d]));
const INSIDE = HOME_DISTRICTS.flatMap((d) => d.postcodes);
const NEAR = OTHER_DISTRICTS.filter((d) => d.code.startsWith('ZX'));
const FAR = OTHER_DISTRICTS.filter((d) => d.code.startsWith('YQ'));

/** Makes a full fictional postcode in a district, e.g. "DM3 4AB". */
export function postcodeIn(rng: Random, district: string): string {
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  return `${district} ${String(rng.int(1, 9))}${letters[rng.int(0, letters.length - 1)] ?? 'A'}${letters[rng.int(0, letters.length - 1)] ?? 'B'}`;
}

/** The district part of a postcode ("DM3 4AB" → "DM3"). */
export function districtOf(postcode: string): string {
  const space = postcode.indexOf(' ');
  return space < 0 ? postcode : postcode.slice(0, space);
}

/** Straight-line miles between two postcodes' districts, with a little spread inside a district; 1 decimal place. */
export function milesBetween(rng: Random, from: string, to: string): number {
  const a = BY_CODE.get(districtOf(from));
  const b = BY_CODE.get(districtOf(to));
  if (!a || !b) return 0;
  const base = Math.hypot(a.x - b.x, a.y - b.y);
  return Math.round((base + rng.next() * 2.5) * 10) / 10;
}

/** Picks a home postcode district at random. */
export function randomHome(rng: Random): { districtId: string; postcode: string } {
  const district = HOME_DISTRICTS[rng.int(0, HOME_DISTRICTS.length - 1)] ?? HOME_DISTRICTS[0];
  if (!district) throw new Error('Programmer error: no home districts');
  const pc = district.postcodes[rng.int(0, district.postcodes.length - 1)] ?? district.postcodes[0];
  return { districtId: district.id, postcode: postcodeIn(rng, pc?.code ?? 'DM1') };
}

/** Picks where a placement is: in the council's area or outside it, with a chance that depends on the kind. */
export function placementPostcode(rng: Random, outsideChance: number): string {
  if (rng.chance(outsideChance)) {
    // Most out-of-area placements are with neighbours; some are far away.
    const pool = rng.chance(0.65) ? NEAR : FAR;
    return postcodeIn(rng, pool[rng.int(0, pool.length - 1)]?.code ?? 'ZX1');
  }
  return postcodeIn(rng, INSIDE[rng.int(0, INSIDE.length - 1)]?.code ?? 'DM1');
}
