// Saving a block from its editor, so that nothing typed is lost: an edit is saved after a
// pause (AUTOSAVE_MS), when focus leaves the block and when the editor goes away (another
// section or screen); until the server has it, the text is kept as this window's draft
// (block-drafts.ts) and registered as unsaved (unsaved-work.ts), so that leaving asks. The
// status is the last save's outcome ("Saved", or the server's reason) until the next edit.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Block } from '../../shared/report/blocks.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useEdition } from './edition-context.js';
import { errorText } from './error-text.js';
import { clearDraft, writeDraft, type BlockBody } from './block-drafts.js';
import { trackUnsaved } from './unsaved-work.js';

export interface SaveStatus {
  type: 'success' | 'error' | 'info';
  text: string;
}

/** A pause this long after the last keystroke saves the block. */
export const AUTOSAVE_MS = 1000;

/**
 * `body` builds what is sent (read when saving, so a body that cannot be built shows as the
 * save's error). `draft` is what the editor started from when this window had left unsaved
 * text over the block's current content (readDraft), else null.
 */
export function useBlockSave(block: Block, draft: BlockBody | null, onSaved: () => void, body: () => BlockBody) {
  const { t } = useI18n();
  const { year } = useEdition();
  const yearRef = useRef(year);
  yearRef.current = year;
  const [dirty, setDirty] = useState(draft !== null);
  const [status, setStatus] = useState<SaveStatus | null>(draft ? { type: 'info', text: t('draft.restored') } : null);
  const bodyRef = useRef(body);
  bodyRef.current = body;
  const blockRef = useRef(block);
  blockRef.current = block;
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  // Edits counted, and the count the server has: an edit typed during a save stays unsaved.
  const edits = useRef(draft ? 1 : 0);
  const saved = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tRef = useRef(t);
  tRef.current = t;

  const saveNow = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (saved.current === edits.current) return true;
    const at = edits.current;
    const run = (async () => {
      try {
        await call('block:update', { year: yearRef.current, id: blockRef.current.id, body: bodyRef.current() });
        saved.current = at;
        if (at === edits.current) {
          clearDraft(blockRef.current.id);
          setDirty(false);
        }
        setStatus({ type: 'success', text: tRef.current('outline.saved') });
        onSavedRef.current();
        return at === edits.current;
      } catch (e) {
        setStatus({ type: 'error', text: errorText(e, tRef.current) });
        return false;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, []);

  /** An edit: unsaved now, saved after a pause; the last save's message no longer applies. */
  const markEdited = useCallback(() => {
    edits.current += 1;
    setDirty(true);
    setStatus(null);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS);
  }, [saveNow]);
  const clearStatus = useCallback(() => setStatus(null), []);

  // A restored draft is saved like any edit (it may be refused again: then it stays a draft).
  useEffect(() => {
    if (draft) timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS);
  }, [draft, saveNow]);

  // While unsaved: the draft follows every edit, and leaving asks.
  useEffect(() => {
    if (!dirty) return;
    try {
      writeDraft(blockRef.current, bodyRef.current());
    } catch {
      // A body that cannot be built yet (e.g. a half-typed table) is kept by the editor itself.
    }
  });
  useEffect(() => (dirty ? trackUnsaved(block.id, saveNow) : undefined), [dirty, block.id, saveNow]);

  // Going away (another section or screen) saves what is pending; a refused save stays a draft.
  useEffect(
    () => () => {
      if (saved.current !== edits.current) void saveNow();
    },
    [saveNow],
  );

  /** Focus left the block: save now. */
  const onBlur = useCallback(
    (e: React.FocusEvent) => {
      if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
      // Popovers of the toolbar (footnote, KPI reference) render outside the block.
      if ((e.relatedTarget as Element | null)?.closest?.('.ant-popover, .ant-select-dropdown')) return;
      if (saved.current !== edits.current) void saveNow();
    },
    [saveNow],
  );

  return { dirty, status, markEdited, clearStatus, save: saveNow, onBlur };
}
