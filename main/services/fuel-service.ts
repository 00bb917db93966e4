// The workspace's fuel list: the values of the `fuel` dimension in its own catalogue copy,
// each with its unit and biomass flag. The list ships with the common fuels; a company adds
// its own (the fuel-use metric energy.fuel and the per-fuel factors then take it at once).
import type { DimensionValueDef } from '../../shared/catalogue.js';
import { newFuelSchema } from '../../shared/fuel-schema.js';
import { FUEL_KEY } from '../../shared/fuels.js';
import type { Workspace } from '../store/workspace.js';
import { CompanyError } from './company-service.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

interface RawDimensions {
  dimensions: { key: string; values: Record<string, unknown>[] }[];
}

export function listFuels(ws: Workspace): DimensionValueDef[] {
  return loadWorkspaceCatalogue(ws).dimensions.find((d) => d.key === FUEL_KEY)?.values.slice() ?? [];
}

export function addFuel(ws: Workspace, input: unknown): DimensionValueDef {
  const r = newFuelSchema.safeParse(input);
  if (!r.success) {
    const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    const first = issues[0];
    throw new CompanyError('validation', first?.message.startsWith('company.') ? first.message : 'company.invalid', { field: first?.path ?? '' }, issues);
  }
  const f = r.data;
  const doc = ws.catalogue.doc<RawDimensions>('dimensions');
  const dim = doc?.dimensions.find((d) => d.key === FUEL_KEY);
  if (!doc || !dim) throw new CompanyError('not_found', 'company.no_fuel_list');
  if (dim.values.some((v) => v['code'] === f.code)) throw new CompanyError('exists', 'company.fuel_exists', { code: f.code });
  dim.values.push({ code: f.code, name_zh: f.nameZh, name_en: f.nameEn, unit: f.unit, ...(f.biogenic ? { biogenic: true } : {}), custom: true });
  ws.transaction(() => ws.catalogue.putDoc('dimensions', doc));
  const added = listFuels(ws).find((v) => v.code === f.code);
  if (!added) throw new CompanyError('not_found', 'company.no_fuel_list');
  return added;
}
