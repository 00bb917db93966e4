// The catalogue as a workspace holds it (its own copy), ready for the engine and validators.
import { indexMetrics, toDimensionDefs, type DimensionDef, type MetricDef } from '../../shared/catalogue.js';
import type { Workspace } from '../store/workspace.js';

export interface WorkspaceCatalogue {
  metrics: MetricDef[];
  byCode: Map<string, MetricDef>;
  dimensions: DimensionDef[];
}

export function loadWorkspaceCatalogue(ws: Workspace): WorkspaceCatalogue {
  const metrics = ws.catalogue.metrics();
  const dims = ws.catalogue.doc('dimensions');
  return { metrics, byCode: indexMetrics(metrics), dimensions: dims ? toDimensionDefs(dims) : [] };
}
