// This window's drafts of narrative blocks, kept in sessionStorage while an edit is not yet
// saved: a safety net for a save that failed (the server refused it, the window was reloaded
// or closed before the pause-save ran). Only report text lives here, never anything secret.
// A draft is restored only onto the very content it was typed over (`base`): if the block
// was saved since, from this window or another, the draft no longer applies and is dropped.
import type { Input } from '../../shared/api/contract.js';
import type { Block } from '../../shared/report/blocks.js';

export type BlockBody = Input<'block:update'>['body'];

interface Draft {
  base: string;
  body: BlockBody;
}

const PREFIX = 'esg-draft:';

/** The block's saved body as one string, to tell whether a draft was typed over it. */
export function savedBodyText(block: Block): string {
  return JSON.stringify({ type: block.type, config: block.config, content: block.content });
}

export function writeDraft(block: Block, body: BlockBody): void {
  try {
    sessionStorage.setItem(PREFIX + block.id, JSON.stringify({ base: savedBodyText(block), body } satisfies Draft));
  } catch {
    // Storage full or refused: the pause-save and the leave prompt still protect the text.
  }
}

export function clearDraft(blockId: string): void {
  sessionStorage.removeItem(PREFIX + blockId);
}

/** The unsaved body this window kept for `block`, if it was typed over what is saved now. */
export function readDraft(block: Block): BlockBody | null {
  const text = sessionStorage.getItem(PREFIX + block.id);
  if (!text) return null;
  try {
    const d = JSON.parse(text) as Draft;
    if (d.base === savedBodyText(block) && JSON.stringify(d.body) !== d.base) return d.body;
  } catch {
    // A draft that cannot be read is no draft.
  }
  clearDraft(block.id);
  return null;
}
