// Per-context state of the report screens: running export jobs and pending import previews.
// Kept beside the ApiContext (not in it) so every transport gets it without wiring.
import { createJobs, type Jobs } from './jobs.js';
import type { ImportSource } from '../services/import-service.js';

export interface PendingImport {
  workspacePath: string;
  sources: ImportSource[];
  overwrite: boolean;
  /** The edition on screen at preview time: report DOCX files must be of it. */
  year?: number;
  /** What the preview showed, so a commit after the data changed is refused. */
  signature: string;
}

/** An export refused because its files exist: where, and which names, until the user agrees. */
export interface PendingReplace {
  folder: string;
  year: number;
  files: string;
}

interface State {
  jobs: Jobs;
  previews: Map<string, PendingImport>;
  replacements: Map<string, PendingReplace>;
}

const states = new WeakMap<object, State>();

/** Per session (shared by every window of one host), not per call context (one per window). */
export function stateOf(ctx: { session: object }): State {
  let s = states.get(ctx.session);
  if (!s) states.set(ctx.session, (s = { jobs: createJobs(), previews: new Map(), replacements: new Map() }));
  return s;
}
