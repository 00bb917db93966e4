// Per-context state of the report screens: running export jobs and pending import previews.
// Kept beside the ApiContext (not in it) so every transport gets it without wiring.
import { createJobs, type Jobs } from './jobs.js';
import type { ImportSource } from '../services/import-service.js';

export interface PendingImport {
  workspacePath: string;
  sources: ImportSource[];
  overwrite: boolean;
  /** What the preview showed, so a commit after the data changed is refused. */
  signature: string;
}

interface State {
  jobs: Jobs;
  previews: Map<string, PendingImport>;
}

const states = new WeakMap<object, State>();

export function stateOf(ctx: object): State {
  let s = states.get(ctx);
  if (!s) states.set(ctx, (s = { jobs: createJobs(), previews: new Map() }));
  return s;
}
