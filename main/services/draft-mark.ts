// Whether an exported report is a draft: its edition is not published, or `check` still
// reports errors in it. A reviewer holding the printed file must see that on every page, so
// the DOCX (and the PDF made from it) prints the mark in the page header. The files kept at
// publication are built with `final` and carry no mark: publication either passed `check` or
// was forced with a recorded reason.
import type { Workspace } from '../store/workspace.js';
import { editionRepo } from '../store/edition-repo.js';
import { checkYear } from './check-service.js';

export interface DraftMark {
  /** The year's edition is not published. */
  unpublished: boolean;
  /** Errors `check` reports for the year (0: none). */
  errors: number;
}

export function draftMark(ws: Workspace, year: number): DraftMark | null {
  const unpublished = editionRepo(ws).get(year)?.status !== 'published';
  const errors = checkYear(ws, year).filter((f) => f.severity === 'error').length;
  return unpublished || errors > 0 ? { unpublished, errors } : null;
}
