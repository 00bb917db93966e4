// The catalogue as a workspace holds it (its own copy), ready for the engine and validators.
import { indexMetrics, toDimensionDefs, type DimensionDef, type MetricDef } from '../../shared/catalogue.js';
import type { Workspace } from '../store/workspace.js';

export interface WorkspaceCatalogue {
  readonly metrics: readonly MetricDef[];
  readonly byCode: ReadonlyMap<string, MetricDef>;
  readonly dimensions: readonly DimensionDef[];
}

// Read and parsed once per workspace until the catalogue is written (here, or by another
// connection): every KPI computation, grid and import needs it, and at 2,000 metrics reading
// it costs about 20 ms.
export function loadWorkspaceCatalogue(ws: Workspace): WorkspaceCatalogue {
  const cache = ws.memo.slot('catalogue', () => ({ hit: null as { revision: string; catalogue: WorkspaceCatalogue } | null }));
  const revision = `${ws.memo.foreignVersion()}|${ws.catalogue.revision()}`;
  const hit = cache.hit;
  if (hit && hit.revision === revision) return hit.catalogue;
  const metrics = ws.catalogue.metrics();
  const dims = ws.catalogue.doc('dimensions');
  const catalogue = Object.freeze({ metrics: Object.freeze(metrics), byCode: indexMetrics(metrics), dimensions: Object.freeze(dims ? toDimensionDefs(dims) : []) });
  cache.hit = { revision, catalogue };
  return catalogue;
}
