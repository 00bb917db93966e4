// The revision of an edition: two SHA-256 fingerprints, one of its content (outline, blocks,
// registers, disclosure map, framework, company profile, images) and one
// of the data it shows (the figures of its year and the two before, targets, sites,
// catalogue). A sign-off request records both, so an approval is known to cover exactly the
// edition that was approved; which rows count is listed in main/store/signoff-repo.ts.
import { createHash } from 'node:crypto';
import type { RevisionPart } from '../../shared/api/contract-signoff.js';
import { signoffRepo } from '../store/signoff-repo.js';
import type { Workspace } from '../store/workspace.js';

export interface EditionRevision {
  content: string;
  data: string;
}

/** Bytes (a logo, an image) enter the fingerprint by their own hash, not as a list of numbers. */
function fingerprint(x: unknown): string {
  // The holder's own property, not `v`: a Buffer's toJSON runs before the replacer sees it.
  const text = JSON.stringify(x, function (this: Record<string, unknown>, k: string, v: unknown) {
    const raw = this[k];
    return raw instanceof Uint8Array ? `sha256:${createHash('sha256').update(raw).digest('hex')}` : v;
  });
  return createHash('sha256').update(text).digest('hex');
}

export function editionRevision(ws: Workspace, year: number): EditionRevision {
  const rows = signoffRepo(ws).revisionRows(year);
  return { content: fingerprint(rows.content), data: fingerprint(rows.data) };
}

/** What differs between a recorded revision and the edition now. */
export function changedParts(recorded: { contentHash: string; dataHash: string }, now: EditionRevision): RevisionPart[] {
  const out: RevisionPart[] = [];
  if (recorded.contentHash !== now.content) out.push('content');
  if (recorded.dataHash !== now.data) out.push('data');
  return out;
}
