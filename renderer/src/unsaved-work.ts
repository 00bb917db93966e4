// Editors with text not yet saved register here, so that leaving (another section, another
// screen, another year, closing the workspace, reloading or closing the window) first saves
// what can be saved and asks before leaving text the server refused.
import { useCallback } from 'react';
import { Modal } from 'antd';
import { useI18n } from './i18n.js';

/** Saves the editor's pending text now; true once nothing is left unsaved. */
type Flush = () => Promise<boolean>;

const pending = new Map<string, Flush>();

export function trackUnsaved(id: string, flush: Flush): () => void {
  pending.set(id, flush);
  installUnloadGuard();
  return () => {
    if (pending.get(id) === flush) pending.delete(id);
  };
}

export function hasUnsaved(): boolean {
  return pending.size > 0;
}

/** Saves every pending edit; how many editors still hold text that could not be saved. */
export async function flushUnsaved(): Promise<number> {
  const results = await Promise.all([...pending.values()].map((f) => f().catch(() => false)));
  return results.filter((ok) => !ok).length;
}

export interface LeaveTexts {
  title: string;
  content: (n: number) => string;
  leave: string;
  stay: string;
}

/**
 * Whether the user may leave the current view: yes once everything pending is saved;
 * otherwise they choose (the refused text stays as this window's draft either way).
 */
export async function confirmLeave(texts: LeaveTexts): Promise<boolean> {
  if (!hasUnsaved()) return true;
  const left = await flushUnsaved();
  if (left === 0) return true;
  return new Promise((resolve) => {
    Modal.confirm({
      title: texts.title,
      content: texts.content(left),
      okText: texts.leave,
      cancelText: texts.stay,
      okButtonProps: { danger: true },
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}

let unloadGuard = false;
// The browser's own "leave site?" prompt: a page cannot wait for a save while it unloads.
function installUnloadGuard(): void {
  if (unloadGuard) return;
  unloadGuard = true;
  window.addEventListener('beforeunload', (e) => {
    if (!hasUnsaved()) return;
    void flushUnsaved();
    e.preventDefault();
    e.returnValue = '';
  });
}

/** `confirmLeave` in the UI's language: `await leave()` before changing what is shown. */
export function useLeaveGuard(): () => Promise<boolean> {
  const { t } = useI18n();
  return useCallback(
    () => confirmLeave({ title: t('leave.title'), content: (n) => t('leave.content', { n }), leave: t('leave.leave'), stay: t('leave.stay') }),
    [t],
  );
}
