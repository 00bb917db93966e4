// Evidence per value (issue 15): files stored inside the workspace with their SHA-256, who
// attached them and when. A file is refused, and nothing written, when its type is not one
// of EVIDENCE_KINDS, it exceeds 25 MB, its content does not match its extension (magic
// bytes; for XLSX and DOCX the part the format requires), or it is a zip bomb or carries a
// path-traversal part name. Evidence is never rendered: `open` writes it to a temporary file
// that the system's own program opens.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { contentMatches, EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES, extensionOf, kindOfName, sanitiseFileName, ZIP_MAIN_PART, type EvidenceKind } from '../../shared/review/evidence-file.js';
import { checkZip } from '../zip/read.js';
import type { EvidenceMeta } from '../store/evidence-repo.js';
import type { Workspace } from '../store/workspace.js';
import { ReviewError } from './review-error.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The kind of a file, or a refusal naming why (all checks before anything is stored). */
export function inspectEvidence(name: string, bytes: Uint8Array): { kind: EvidenceKind; fileName: string } {
  const fileName = sanitiseFileName(name);
  const kind = kindOfName(fileName);
  if (!kind) throw new ReviewError('validation', 'review.evidence_type', { file: fileName, ext: extensionOf(fileName) || '—', allowed: EVIDENCE_EXTENSIONS.join(', ') });
  if (bytes.length === 0) throw new ReviewError('validation', 'review.evidence_empty', { file: fileName });
  if (bytes.length > EVIDENCE_MAX_BYTES) throw new ReviewError('validation', 'review.evidence_too_large', { file: fileName, mb: Math.round((bytes.length / 1024 / 1024) * 10) / 10, max: EVIDENCE_MAX_BYTES / 1024 / 1024 });
  if (!contentMatches(kind, bytes)) throw new ReviewError('validation', 'review.evidence_mismatch', { file: fileName, kind });
  if (kind === 'xlsx' || kind === 'docx') {
    const z = checkZip(bytes, { fileBytes: EVIDENCE_MAX_BYTES, entries: 5_000, totalUncompressed: 200 * 1024 * 1024, entryUncompressed: 100 * 1024 * 1024, ratio: 200 });
    if (!z.ok) throw new ReviewError('validation', z.bomb ? 'review.evidence_zip_bomb' : 'review.evidence_damaged', { file: fileName });
    // Stored, not unpacked, but an assurer's tools may unpack it: no part may climb out.
    for (const n of z.entries.keys()) if (/(^|[/\\])\.\.([/\\]|$)|^[/\\]|^[A-Za-z]:/.test(n)) throw new ReviewError('validation', 'review.evidence_unsafe_part', { file: fileName, part: n });
    if (!z.entries.has(ZIP_MAIN_PART[kind])) throw new ReviewError('validation', 'review.evidence_mismatch', { file: fileName, kind });
  }
  return { kind, fileName };
}

function checkValueRef(ws: Workspace, metric: string, year: number): void {
  if (!loadWorkspaceCatalogue(ws).byCode.has(metric)) throw new ReviewError('not_found', 'review.metric_unknown', { metric });
  if (!ws.profile.years().includes(year)) throw new ReviewError('not_found', 'review.year_unknown', { year });
}

export function attachEvidence(ws: Workspace, ref: { metric: string; year: number; dims: Dims }, name: string, bytes: Uint8Array, actor: string): EvidenceMeta {
  checkValueRef(ws, ref.metric, ref.year);
  const { kind, fileName } = inspectEvidence(name, bytes);
  return ws.transaction(() => ws.evidence.add({ metric: ref.metric, year: ref.year, dimsKey: dimsKey(ref.dims), dims: { ...ref.dims }, fileName, kind, sha256: sha256(bytes), content: bytes }, actor));
}

export function replaceEvidence(ws: Workspace, id: number, name: string, bytes: Uint8Array, actor: string): EvidenceMeta {
  if (!ws.evidence.get(id)) throw new ReviewError('not_found', 'review.evidence_unknown', { id });
  const { kind, fileName } = inspectEvidence(name, bytes);
  return ws.transaction(() => ws.evidence.replace(id, { fileName, kind, sha256: sha256(bytes), content: bytes }, actor));
}

export function removeEvidence(ws: Workspace, id: number, actor: string): EvidenceMeta {
  const gone = ws.transaction(() => ws.evidence.remove(id, actor));
  if (!gone) throw new ReviewError('not_found', 'review.evidence_unknown', { id });
  return gone;
}

export function listEvidence(ws: Workspace, year: number, ref?: { metric: string; dims: Dims }): EvidenceMeta[] {
  return ref ? ws.evidence.listValue(ref.metric, year, dimsKey(ref.dims)) : ws.evidence.listYear(year);
}

/**
 * Writes an evidence file to a new private temporary folder under its sanitised name, for
 * the system's program to open (never the app's own renderer), after checking its SHA-256.
 */
export function evidenceToTempFile(ws: Workspace, id: number): string {
  const meta = ws.evidence.get(id);
  const bytes = ws.evidence.content(id);
  if (!meta || !bytes) throw new ReviewError('not_found', 'review.evidence_unknown', { id });
  if (sha256(bytes) !== meta.sha256) throw new ReviewError('validation', 'review.evidence_damaged', { file: meta.fileName });
  const dir = join(tmpdir(), `esg-evidence-${randomBytes(8).toString('hex')}`);
  mkdirSync(dir, { mode: 0o700 });
  const path = join(dir, sanitiseFileName(meta.fileName));
  writeFileSync(path, bytes, { mode: 0o600, flag: 'wx' });
  return path;
}
