// History words a stored value and the cause of a change in the UI's language. The audit log
// keeps its contexts as written by the services ("edit", "undo", "import file.csv:3",
// "carried forward from 2023"); they are matched here, never shown as stored.
import type { HistoryValue } from '../api/contract.js';
import type { Lang } from '../domain.js';
import { translate } from './strings.js';

export function historyValueText(lang: Lang, v: HistoryValue, unit: (u: string) => string = (u) => u): string {
  const main = v.entered !== null ? unitsIn(v.entered, unit) : v.naReason ? translate(lang, 'history.na', { reason: v.naReason }) : '—';
  const extras = [
    v.estimated ? translate(lang, 'history.estimated') : '',
    v.note ? translate(lang, 'history.note', { note: v.note }) : '',
    v.source ? translate(lang, 'history.source', { source: v.source }) : '',
  ].filter(Boolean);
  return extras.length ? [main, ...extras].join(lang === 'zh-Hant' ? '；' : '; ') : main;
}

/** "520,000 persons" → "520,000 人": the unit after the number in the UI's language. */
function unitsIn(entered: string, unit: (u: string) => string): string {
  const m = /^(\S+)\s+(.+)$/u.exec(entered.trim());
  return m ? `${m[1]} ${unit(m[2] as string)}` : entered;
}

export function historyContextText(lang: Lang, context: string | null): string | null {
  if (!context) return null;
  if (context === 'edit') return translate(lang, 'history.ctx.edit');
  if (context === 'undo') return translate(lang, 'history.ctx.undo');
  const imp = /^import (.+)$/u.exec(context);
  if (imp) return translate(lang, 'history.ctx.import', { where: imp[1] as string });
  const carried = /^carried forward from (\d{4})$/u.exec(context);
  if (carried) return translate(lang, 'history.ctx.carried', { year: carried[1] as string });
  return context;
}
