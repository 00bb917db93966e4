// Fuels as data. Fuels are the values of the `fuel` dimension (templates/catalogue/frameworks/
// dimensions.json, each with its usual unit and whether it is biomass); a workspace may add its
// own. A fuel's quantity is kept in that fuel's unit (natural gas in m³, diesel in t, petrol in
// L), so the fuel metrics carry a unit with a placeholder: energy.fuel is "{fuel}",
// factor.fuel_ncv "GJ/{fuel}", factor.fuel_ef "tCO2e/{fuel}". The placeholder is the unit of the
// row's fuel, resolved here for validation, the engine's output and display.
import type { DimensionDef, DimensionValueDef, MetricDef } from './catalogue.js';
import { dimsKey, type Dims } from './dimensions.js';

export const FUEL_KEY = 'fuel';

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** The dimension keys a unit's placeholders name ("GJ/{fuel}" → ["fuel"]). */
export function unitPlaceholders(unit: string): string[] {
  return [...unit.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** A unit with its placeholders filled by a stand-in unit: to check that the rest of it is a unit. */
export function unitWithStandIn(unit: string, standIn = 't'): string {
  return unit.replace(PLACEHOLDER, standIn);
}

function valueDef(dimensions: readonly DimensionDef[], key: string, code: string | undefined): DimensionValueDef | undefined {
  if (code === undefined) return undefined;
  return dimensions.find((d) => d.key === key)?.values.find((v) => v.code === code);
}

/**
 * The unit of a metric's value for these dimensions: the metric's unit, with each placeholder
 * replaced by the unit of the dimension value the row has. Undefined when a placeholder cannot be
 * filled (no fuel given, or a fuel without a unit).
 */
export function resolveUnit(unit: string, dims: Dims, dimensions: readonly DimensionDef[]): string | undefined {
  const keys = unitPlaceholders(unit);
  if (!keys.length) return unit;
  let out = unit;
  for (const key of keys) {
    const u = valueDef(dimensions, key, dims[key])?.unit;
    if (u === undefined) return undefined;
    out = out.replace(`{${key}}`, u);
  }
  return out;
}

/** The unit to show for a value: resolved where it can be, else the metric's unit as written. */
export function displayUnit(def: Pick<MetricDef, 'unit'>, dims: Dims, dimensions: readonly DimensionDef[]): string {
  return resolveUnit(def.unit, dims, dimensions) ?? def.unit;
}

/** Whether a dimension value is flagged (a biomass fuel is `biogenic`). */
export function hasFlag(dimensions: readonly DimensionDef[], key: string, code: string, flag: string): boolean {
  const v = valueDef(dimensions, key, code) as unknown as Record<string, unknown> | undefined;
  return v?.[flag] === true;
}

/**
 * Aliases of a catalogue, both ways: `energy.fuel|fuel=natural_gas` → the code that keeps that
 * value (energy.natural_gas), so a row written either way lands in one place.
 */
export function aliasIndex(metrics: Iterable<MetricDef>): Map<string, MetricDef> {
  const out = new Map<string, MetricDef>();
  for (const m of metrics) if (m.aliasOf) out.set(`${m.aliasOf.code}|${dimsKey(m.aliasOf.dims)}`, m);
  return out;
}

const aliasCache = new WeakMap<readonly MetricDef[], ReadonlyMap<string, MetricDef>>();

/**
 * Whether a row of a metric for these dimensions is one to ask for: not a total over a unit that
 * differs per fuel ("GJ/{fuel}": m³ of gas and tonnes of diesel do not add), and not a fuel that
 * another code keeps (natural gas of energy.fuel is asked as energy.natural_gas).
 */
export function offersRow(def: MetricDef, dims: Dims, metrics: readonly MetricDef[]): boolean {
  if (Object.keys(dims).length === 0) return unitPlaceholders(def.unit).length === 0;
  let aliases = aliasCache.get(metrics);
  if (!aliases) aliasCache.set(metrics, (aliases = aliasIndex(metrics)));
  return !aliases.has(`${def.code}|${dimsKey(dims)}`);
}

/**
 * The code and dimensions a value is kept under: a row of energy.fuel for fuel=natural_gas is
 * kept as energy.natural_gas (its other dimensions, such as the site, stay with it).
 */
export function keptAs(code: string, dims: Dims, aliases: ReadonlyMap<string, MetricDef>): { code: string; dims: Dims } {
  if (!aliases.size) return { code, dims };
  for (const [key, value] of Object.entries(dims)) {
    const alias = aliases.get(`${code}|${dimsKey({ [key]: value })}`);
    if (!alias?.aliasOf) continue;
    const rest: Record<string, string> = { ...dims };
    for (const k of Object.keys(alias.aliasOf.dims)) delete rest[k];
    return { code: alias.code, dims: rest };
  }
  return { code, dims };
}
