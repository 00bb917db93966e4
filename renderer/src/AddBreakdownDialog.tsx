// Adds an empty row for a breakdown the grid does not offer by default: a value per site,
// or a combination such as gender and age. Nothing is stored until a value is typed in it.
import { useMemo, useState } from 'react';
import { Form, Modal, Select } from 'antd';
import type { Site } from '../../shared/domain.js';
import { SITE_KEY } from '../../shared/dimensions.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';

interface Props {
  sites: Site[];
  onAdd: (metric: string, dims: Record<string, string>) => void;
  onClose: () => void;
}

export function AddBreakdownDialog({ sites, onAdd, onClose }: Props) {
  const { t, lang, metricName } = useI18n();
  const cat = useCatalogue();
  const [metric, setMetric] = useState<string>();
  const [dims, setDims] = useState<Record<string, string>>({});
  const def = metric ? cat.byCode.get(metric) : undefined;
  const keys = useMemo(() => (def ? [...def.dimensions, SITE_KEY] : []), [def]);
  const name = (x: { nameZh: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.nameZh);
  const options = (key: string) =>
    key === SITE_KEY
      ? sites.map((s) => ({ value: s.code, label: `${name(s)} (${s.code})` }))
      : (cat.view.dimensions.find((d) => d.key === key)?.values.map((v) => ({ value: v.code, label: name(v) })) ?? []);
  const keyLabel = (key: string) => {
    const d = cat.view.dimensions.find((x) => x.key === key);
    return key === SITE_KEY ? t('grid.site') : d ? name(d) : key;
  };
  const chosen = Object.fromEntries(Object.entries(dims).filter(([, v]) => v));

  return (
    <Modal
      open
      title={t('grid.addRow')}
      okText={t('grid.addRowOk')}
      okButtonProps={{ disabled: !metric || Object.keys(chosen).length === 0 }}
      onOk={() => metric && onAdd(metric, chosen)}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item label={t('grid.metric')}>
          <Select
            showSearch
            value={metric}
            onChange={(m: string) => {
              setMetric(m);
              setDims({});
            }}
            optionFilterProp="label"
            aria-label={t('grid.metric')}
            options={cat.view.metrics.filter((m) => m.kind === 'entered').map((m) => ({ value: m.code, label: `${metricName(m, m.code)} · ${m.code}` }))}
          />
        </Form.Item>
        {keys.map((key) => (
          <Form.Item key={key} label={keyLabel(key)}>
            <Select allowClear value={dims[key]} onChange={(v: string | undefined) => setDims((d) => ({ ...d, [key]: v ?? '' }))} options={options(key)} aria-label={keyLabel(key)} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
