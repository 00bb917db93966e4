// The files kept when an edition was published: `export` of a published year writes these
// very bytes instead of building the report again, so the approved report never changes.
import type { Lang } from '../../shared/domain.js';
import { editionRepo } from '../store/edition-repo.js';
import type { Workspace } from '../store/workspace.js';

/** The file kept at publication, or null for a draft (export builds it afresh). */
export function publishedFile(ws: Workspace, year: number, kind: 'docx' | 'xlsx', lang: Lang): Buffer | null {
  const repo = editionRepo(ws);
  if (repo.get(year)?.status !== 'published') return null;
  return repo.getExport(year, kind, lang)?.bytes ?? null;
}
