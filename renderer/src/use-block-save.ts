// Saving a block from its editor: whether there are unsaved edits, and the last save's
// outcome ("Saved", or the server's reason) until the next edit.
import { useCallback, useState } from 'react';
import type { Input } from '../../shared/api/contract.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useEdition } from './edition-context.js';
import { errorText } from './error-text.js';

export interface SaveStatus {
  type: 'success' | 'error';
  text: string;
}

type BlockBody = Input<'block:update'>['body'];

export function useBlockSave(blockId: string, onSaved: () => void) {
  const { t } = useI18n();
  const { year } = useEdition();
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<SaveStatus | null>(null);

  /** An edit: unsaved now, and the last save's message no longer describes the text. */
  const markEdited = useCallback(() => {
    setDirty(true);
    setStatus(null);
  }, []);
  const clearStatus = useCallback(() => setStatus(null), []);

  /** `body` is read when saving, so a body that cannot be built shows as the save's error. */
  const save = async (body: () => BlockBody) => {
    try {
      await call('block:update', { year, id: blockId, body: body() });
      setDirty(false);
      setStatus({ type: 'success', text: t('outline.saved') });
      onSaved();
    } catch (e) {
      setStatus({ type: 'error', text: errorText(e, t) });
    }
  };

  return { dirty, status, markEdited, clearStatus, save };
}
