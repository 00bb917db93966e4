import { useCallback, useEffect, useState } from 'react';
import { App as AntApp, Button, Segmented, Select, Tag, Tooltip } from 'antd';
import type { WorkspaceSummary } from '../../shared/api/contract.js';
import type { Lang } from '../../shared/domain.js';
import { ApiCallError, call } from './api.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';
import { GRID_ROWS_EVENT, type GridRowsEvent } from './grid-rows-event.js';
import { AddYearButton } from './AddYearButton.js';

interface Props {
  summary: WorkspaceSummary;
  year: number;
  onYear: (y: number) => void;
  onLang: (l: Lang) => void;
  onClose: () => void;
  onUndone: () => void;
  /** A year was added: refresh the workspace's year list and select it. */
  onYearAdded: (year: number) => void;
  /** Who is working (people of the workspace), shown before the language switch. */
  who?: React.ReactNode;
}

export function HeaderBar({ summary, year, onYear, onLang, onClose, onUndone, onYearAdded, who }: Props) {
  const { t, lang, metricName } = useI18n();
  const cat = useCatalogue();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const company = lang === 'en' ? summary.company.nameEn : summary.company.nameZh;

  const undo = useCallback(async () => {
    if (summary.readOnly || busy) return;
    setBusy(true);
    try {
      const r = await call('data:undo', {});
      if (r.undone) {
        const what = t('undo.what', { metric: metricName(cat.byCode.get(r.undone.metric), r.undone.metric), year: r.undone.year });
        // A paste or fill down is one step: said as the number of values it put back.
        void message.success(r.undone.count > 1 ? t('undo.doneMany', { n: r.undone.count, what }) : t('undo.done', { what }));
        // The grid puts the rows the undo changed in place (as after an edit) instead of reloading the year.
        window.dispatchEvent(new CustomEvent<GridRowsEvent>(GRID_ROWS_EVENT, { detail: { year: r.undone.year, rows: r.rows } }));
        onUndone();
      } else void message.info(t('undo.nothing'));
    } catch (e) {
      if (e instanceof ApiCallError && e.error.code === 'stale') {
        // Someone else wrote the value after this window's edit: their write stands.
        void message.error(t('sync.stale'));
        onUndone();
      } else void message.error(t('error.generic', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }, [summary.readOnly, busy, message, t, metricName, cat, onUndone]);

  // Ctrl/Cmd+Z undoes the last saved edit, except while typing in a field (its own undo).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = el?.closest('input, textarea, [contenteditable="true"]');
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && !typing) {
        e.preventDefault();
        void undo();
      }
    };
    // The Electron menu's Ctrl+Z arrives here even while a field is being typed in: there it
    // means the field's own text undo, not undoing a saved edit.
    const onMenu = () => {
      if (document.activeElement?.closest('input, textarea, [contenteditable="true"]')) document.execCommand('undo');
      else void undo();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('esg-undo', onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('esg-undo', onMenu);
    };
  }, [undo]);

  return (
    <div className="app-header" data-testid="app-header">
      <span className="title">{t('app.title')}</span>
      <Tooltip title={summary.fileName}>
        <span className="company" data-testid="header-company">{company || summary.fileName}</span>
      </Tooltip>
      {summary.readOnly && <Tag color="orange">{t('readonly.title')}</Tag>}
      <span className="spacer" />
      <span>{t('year.label')}</span>
      <Select
        aria-label={t('year.label')}
        value={year}
        onChange={onYear}
        options={summary.years.map((y) => ({ value: y, label: String(y) }))}
        style={{ width: 96 }}
        data-testid="year-select"
      />
      <AddYearButton years={summary.years} readOnly={summary.readOnly} onAdded={onYearAdded} />
      <Button onClick={() => void undo()} disabled={summary.readOnly} loading={busy} title="Ctrl+Z">
        {t('undo.button')}
      </Button>
      {who}
      <Segmented
        aria-label={t('lang.label')}
        value={lang}
        onChange={(v) => onLang(v as Lang)}
        options={[
          { value: 'zh-Hant', label: '繁體中文' },
          { value: 'en', label: 'English' },
        ]}
      />
      <Button onClick={onClose}>{t('nav.close')}</Button>
    </div>
  );
}
