// A fuel of the company's own, added to the workspace's fuel list from the factors screen: its
// code, names in both languages, the unit its quantities are kept in, and whether it is biomass.
// The server validates every field (shared/fuel-schema.ts) and says which one it refuses.
import { useState } from 'react';
import { Button, Checkbox, Input, Space } from 'antd';
import { call, errorText } from './api.js';
import { useI18n } from './i18n.js';

interface Props {
  readOnly: boolean;
  onAdded: (text: string) => void;
  onRefused: (text: string) => void;
}

export function AddFuelForm({ readOnly, onAdded, onRefused }: Props) {
  const { t, lang } = useI18n();
  const [f, setF] = useState({ code: '', nameZh: '', nameEn: '', unit: '', biogenic: false });
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const add = async () => {
    setBusy(true);
    try {
      const added = await call('fuel:add', { code: f.code.trim(), nameZh: f.nameZh, nameEn: f.nameEn, unit: f.unit.trim(), biogenic: f.biogenic });
      onAdded(t('fuels.added', { code: added.code, unit: added.unit ?? '' }));
      setF({ code: '', nameZh: '', nameEn: '', unit: '', biogenic: false });
    } catch (e) {
      onRefused(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space wrap data-testid="add-fuel">
      <Input style={{ width: 140 }} placeholder={t('fuels.code')} aria-label={t('fuels.code')} value={f.code} disabled={readOnly} onChange={set('code')} />
      <Input style={{ width: 140 }} placeholder={t('fuels.nameZh')} aria-label={t('fuels.nameZh')} value={f.nameZh} disabled={readOnly} onChange={set('nameZh')} />
      <Input style={{ width: 140 }} placeholder={t('fuels.nameEn')} aria-label={t('fuels.nameEn')} value={f.nameEn} disabled={readOnly} onChange={set('nameEn')} />
      <Input style={{ width: 90 }} placeholder={t('fuels.unit')} aria-label={t('fuels.unit')} value={f.unit} disabled={readOnly} onChange={set('unit')} />
      <Checkbox checked={f.biogenic} disabled={readOnly} onChange={(e) => setF({ ...f, biogenic: e.target.checked })}>{t('fuels.biogenic')}</Checkbox>
      <Button disabled={readOnly || busy || !f.code.trim()} onClick={() => void add()}>{t('fuels.add')}</Button>
    </Space>
  );
}
