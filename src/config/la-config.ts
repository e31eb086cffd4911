// The local authority's configuration file (la-config.json): its name and codes, and the ONS population
// estimates the rate measures need. Validated with zod so a bad file gets a message naming the field.
import { z } from 'zod';

const PopulationEstimate = z.object({
  /** The mid-year (30 June) the estimate is for. */
  year: z.number().int().min(1990).max(2100),
  /** ONS mid-year estimate of children aged 0 to 17 in the local authority. */
  children0to17: z.number().int().positive(),
  /** Which release the figure comes from, shown beside every rate (DfE re-states rates when ONS revises). */
  source: z.string().min(1),
});

const Team = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** What the team does, so care leavers and children in care can be broken down separately. */
  service: z.enum(['children-in-care', 'care-leavers']),
});

const District = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Postcode districts (outward codes such as DM1) in this district: how placements are placed in or out of area. */
  // Read as an analyst types them ("dm1 "): spaces and case are no fault, as the 903's own postcodes are compared.
  postcodeDistricts: z.array(z.string().trim().toUpperCase().regex(/^[A-Z]{1,2}\d[A-Z\d]?$/, 'must be a postcode district such as DM1 or SW1A')).min(1),
  teams: z.array(Team).min(1),
});

/** The shape of la-config.json. */
export const LaConfigSchema = z.object({
  name: z.string().min(1),
  /** ONS/GSS code, e.g. E06000001. */
  laCode: z.string().regex(/^[EWSN]\d{8}$/, 'must be a 9-character ONS code such as E10000017'),
  /** The 3-digit DfE local authority number. */
  dfeNumber: z.string().regex(/^\d{3}$/, 'must be the 3-digit DfE local authority number').optional(),
  population: z.array(PopulationEstimate).min(1),
  /** The council's districts with their teams, for breakdowns by district and team. Optional. */
  districts: z.array(District).default([]),
  /** True for the synthetic demo council, so every page says the data are not real. */
  synthetic: z.boolean().default(false),
});

export type LaConfig = z.infer<typeof LaConfigSchema>;
export type PopulationEstimate = z.infer<typeof PopulationEstimate>;
export type DistrictConfig = z.infer<typeof District>;
export type TeamConfig = z.infer<typeof Team>;

/** The file name carestats looks for in a data folder. */
export const LA_CONFIG_FILE = 'la-config.json';

/** Validates parsed JSON, returning the config or a plain-English list of what is wrong. */
export function parseLaConfig(json: unknown): { config: LaConfig } | { problems: string[] } {
  const result = LaConfigSchema.safeParse(json);
  if (result.success) return { config: result.data };
  return { problems: result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'the file'} ${i.message}`) };
}
