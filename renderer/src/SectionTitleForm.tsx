// Renaming a section: both titles at once (the report is exported in both languages).
import { useState } from 'react';
import { Button, Input, Space } from 'antd';
import type { Section } from '../../shared/report/outline.js';
import { useI18n } from './i18n.js';

interface Props {
  section: Section;
  onSave: (titleZh: string, titleEn: string) => void;
  onCancel: () => void;
}

export function SectionTitleForm({ section, onSave, onCancel }: Props) {
  const { t } = useI18n();
  const [zh, setZh] = useState(section.titleZh);
  const [en, setEn] = useState(section.titleEn);
  const valid = zh.trim() !== '' && en.trim() !== '';
  const save = () => valid && onSave(zh.trim(), en.trim());
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') onCancel();
  };
  return (
    <div className="form-grid" data-testid="rename-form" onKeyDown={onKey}>
      <label htmlFor="title-zh">{t('outline.titleZh')}</label>
      <Input id="title-zh" autoFocus value={zh} onChange={(e) => setZh(e.target.value)} onPressEnter={save} status={zh.trim() ? undefined : 'error'} />
      <label htmlFor="title-en">{t('outline.titleEn')}</label>
      <Input id="title-en" value={en} onChange={(e) => setEn(e.target.value)} onPressEnter={save} status={en.trim() ? undefined : 'error'} />
      <span />
      <Space>
        <Button type="primary" onClick={save} disabled={!valid}>{t('outline.save')}</Button>
        <Button onClick={onCancel}>{t('outline.cancel')}</Button>
      </Space>
    </div>
  );
}
