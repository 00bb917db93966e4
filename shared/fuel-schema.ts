// A fuel a workspace adds to its list (the values of the `fuel` dimension): a code, names in
// both languages, the unit its quantities are kept in, and whether it is biomass (its CO2 is
// then biogenic, reported apart from Scope 1). Refusals are `company.fuel_*` message keys.
import { z } from 'zod';
import { isKnownUnit } from './units.js';

const fuelName = z.string().trim().min(1, 'company.name_empty').max(200, 'company.name_long');

export const newFuelSchema = z
  .object({
    code: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, 'company.fuel_code'),
    nameZh: fuelName,
    nameEn: fuelName,
    unit: z.string().trim().min(1, 'company.fuel_unit').refine(isKnownUnit, 'company.fuel_unit'),
    biogenic: z.boolean().default(false),
  })
  .strict();
export type NewFuel = z.infer<typeof newFuelSchema>;
