// The one door every write of report content goes through: the year must be a reporting year,
// its edition is created on first write, and a published edition is frozen (unpublish first).
import { editionRepo, type Edition } from '../store/edition-repo.js';
import type { Workspace } from '../store/workspace.js';
import { ensureEdition } from './framework-service.js';
import { ReportEditError } from './report-errors.js';

export function writableEdition(ws: Workspace, year: number): Edition {
  if (!ws.profile.years().includes(year)) throw new ReportEditError('not_found', `There is no reporting year ${year}.`, [], { year });
  const editions = editionRepo(ws);
  const found = editions.get(year);
  if (found?.status === 'published') {
    throw new ReportEditError('published', `The ${year} report is published and frozen; unpublish it (with a reason) to change it.`, [], { year, publishedAt: found.publishedAt ?? '' });
  }
  return found ?? ensureEdition(ws, year);
}
