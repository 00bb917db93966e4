// The report edition being written: the year the header selects and that year's edition
// (draft or published, blocks still to review). Screens that edit report content read the
// year from here and are read-only while the edition is published.
import { createContext, useContext } from 'react';
import type { EditionView } from '../../shared/api/contract.js';

export interface EditionState {
  year: number;
  edition: EditionView | null;
  /** Published: the content is frozen and every editor is disabled. */
  frozen: boolean;
  /** The workspace itself is open read-only (another process holds it). */
  workspaceReadOnly: boolean;
  /** Reloads the edition (after a publication, a roll forward, a review). */
  refresh: () => void;
}

export const EditionContext = createContext<EditionState>({ year: 0, edition: null, frozen: false, workspaceReadOnly: false, refresh: () => undefined });
export const useEdition = () => useContext(EditionContext);
