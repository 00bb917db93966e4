// Reads the app's catalogue from templates/catalogue and checks it before any workspace
// adopts it: a broken formula or unknown unit in the template is a bug we want loudly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toDimensionDefs, toMetricDef, type Catalogue } from '../../shared/catalogue.js';
import { validateCatalogue } from '../../shared/engine/validate-catalogue.js';
import { TEMPLATES_DIR } from '../paths.js';

/** Companion documents copied into each workspace with the metrics. */
export const CATALOGUE_DOCS = ['dimensions', 'departments', 'hkex', 'part-d', 'sasb', 'scope3'] as const;
export type CatalogueDocName = (typeof CATALOGUE_DOCS)[number];

export interface TemplateCatalogue extends Catalogue {
  docs: Record<CatalogueDocName, unknown>;
}

let cached: TemplateCatalogue | undefined;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function loadTemplateCatalogue(dir: string = join(TEMPLATES_DIR, 'catalogue')): TemplateCatalogue {
  if (cached && dir === join(TEMPLATES_DIR, 'catalogue')) return cached;
  const metricsFile = readJson(join(dir, 'metrics.json')) as { metrics: unknown[] };
  const docs = Object.fromEntries(CATALOGUE_DOCS.map((name) => [name, readJson(join(dir, 'frameworks', `${name}.json`))])) as Record<CatalogueDocName, unknown>;
  const cat: TemplateCatalogue = {
    metrics: metricsFile.metrics.map((m, i) => {
      try {
        return toMetricDef(m);
      } catch (e) {
        throw new Error(`templates catalogue, metric #${i + 1}: ${(e as Error).message}`);
      }
    }),
    dimensions: toDimensionDefs(docs.dimensions),
    docs,
  };
  const problems = validateCatalogue(cat);
  if (problems.length) throw new Error(`templates catalogue is inconsistent:\n  ${problems.join('\n  ')}`);
  if (dir === join(TEMPLATES_DIR, 'catalogue')) cached = cat;
  return cat;
}
