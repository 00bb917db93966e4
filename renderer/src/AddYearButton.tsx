// "Add year" beside the year selector: a new reporting year through `year:add`; the header's
// year list (the workspace summary in App) refreshes at once and the new year is selected.
import { useState } from 'react';
import { App as AntApp, Button, InputNumber, Modal } from 'antd';
import { call } from './api.js';
import { errorText } from './api-error-text.js';
import { useI18n } from './i18n.js';

export function AddYearButton({ years, readOnly, onAdded }: { years: number[]; readOnly: boolean; onAdded: (year: number) => void }) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const next = (years.at(-1) ?? new Date().getFullYear() - 1) + 1;

  const save = async () => {
    const y = year ?? next;
    setSaving(true);
    try {
      await call('year:add', { year: y });
      void message.success(t('year.added', { year: y }));
      setOpen(false);
      onAdded(y);
    } catch (e) {
      void message.error(errorText(lang, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button disabled={readOnly} onClick={() => { setYear(next); setOpen(true); }} data-testid="year-add">{t('year.add')}</Button>
      {open && (
        <Modal open title={t('year.addTitle')} onCancel={() => setOpen(false)} onOk={() => void save()} okText={t('year.add')} confirmLoading={saving}>
          <InputNumber aria-label={t('year.label')} value={year} onChange={(v) => setYear(typeof v === 'number' ? v : null)} data-testid="year-add-input" style={{ width: 120 }} />
        </Modal>
      )}
    </>
  );
}
