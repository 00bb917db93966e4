import { runChecks, type Finding } from '../../shared/checks.js';
import { computeYear } from '../../shared/engine/compute.js';
import type { Workspace } from '../store/workspace.js';
import { toEntryRow } from './kpi-service.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export function checkYear(ws: Workspace, year: number): Finding[] {
  const { metrics } = loadWorkspaceCatalogue(ws);
  const rows = ws.values.listYear(year).map(toEntryRow);
  return runChecks({ year, metrics, rows, result: computeYear(metrics, rows) });
}
