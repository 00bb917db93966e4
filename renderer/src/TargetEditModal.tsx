// One form for a quantitative target, new or existing: the targets file's fields, validated by
// the server with the targets file's own validation; each refusal shows beside its field.
import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import type { TargetView } from '../../shared/api/contract.js';
import { TARGET_TYPES } from '../../shared/domain.js';
import { call } from './api.js';
import { errorText, fieldErrors } from './api-error-text.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';

export interface TargetEdit {
  /** Null: a new target. */
  target: TargetView | null;
  /** The baseline year a new target starts from. */
  baselineYear: number;
}

type Fields = { code: string; metric: string; baseline_year: string; target_year: string; type: string; target_value: string; title_zh: string; title_en: string };
const NAMES: (keyof Fields)[] = ['code', 'metric', 'baseline_year', 'target_year', 'type', 'target_value', 'title_zh', 'title_en'];

export function TargetEditModal({ edit, onClose, onSaved }: { edit: TargetEdit; onClose: () => void; onSaved: () => void }) {
  const { t, lang, metricName } = useI18n();
  const cat = useCatalogue();
  const [form] = Form.useForm<Fields>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const isNew = edit.target === null;
  useEffect(() => {
    const x = edit.target;
    form.setFieldsValue(
      x
        ? { code: x.code, metric: x.metric ?? '', baseline_year: String(x.baselineYear ?? ''), target_year: String(x.targetYear ?? ''), type: x.type, target_value: String(x.targetInput ?? ''), title_zh: x.titleZh, title_en: x.titleEn }
        : { code: '', metric: '', baseline_year: String(edit.baselineYear), target_year: String(edit.baselineYear + 5), type: 'reduction_pct', target_value: '', title_zh: '', title_en: '' },
    );
  }, [edit, form]);

  const save = async () => {
    setProblem(null);
    form.setFields(NAMES.map((name) => ({ name, errors: [] })));
    const v = form.getFieldsValue(true) as Fields;
    const fields = Object.fromEntries(NAMES.map((n) => [n, String(v[n] ?? '')])) as Fields;
    setSaving(true);
    try {
      await call('target:save', { mode: isNew ? 'create' : 'update', fields });
      onSaved();
    } catch (e) {
      const errs = fieldErrors(lang, e);
      if (errs.length) form.setFields(errs as never);
      else setProblem(errorText(lang, e));
    } finally {
      setSaving(false);
    }
  };

  const metrics = cat.view.metrics.filter((m) => m.kind !== 'factor').map((m) => ({ value: m.code, label: `${metricName(m, m.code)} (${m.code})` }));
  return (
    <Modal open title={isNew ? t('targetsEdit.add') : `${t('targetsEdit.edit')} ${edit.target?.code ?? ''}`} onCancel={onClose} onOk={() => void save()} okText={t('targetsEdit.save')} confirmLoading={saving} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" data-testid="target-form">
        <Form.Item name="code" label={t('targetsEdit.code')}><Input disabled={!isNew} aria-label={t('targetsEdit.code')} data-testid="target-code" /></Form.Item>
        <Form.Item name="metric" label={t('targetsEdit.metric')}>
          <Select showSearch optionFilterProp="label" aria-label={t('targetsEdit.metric')} options={metrics} data-testid="target-metric" />
        </Form.Item>
        <Form.Item name="type" label={t('targetsEdit.type')}>
          <Select aria-label={t('targetsEdit.type')} options={TARGET_TYPES.map((x) => ({ value: x, label: t(`targetsEdit.type.${x}`) }))} />
        </Form.Item>
        <Form.Item name="baseline_year" label={t('targetsEdit.baselineYear')}><Input aria-label={t('targetsEdit.baselineYear')} data-testid="target-baseline-year" style={{ width: 120 }} /></Form.Item>
        <Form.Item name="target_year" label={t('targetsEdit.targetYear')}><Input aria-label={t('targetsEdit.targetYear')} data-testid="target-target-year" style={{ width: 120 }} /></Form.Item>
        <Form.Item name="target_value" label={t('targetsEdit.targetValue')}><Input aria-label={t('targetsEdit.targetValue')} data-testid="target-value" style={{ width: 160 }} /></Form.Item>
        <Form.Item name="title_zh" label={t('targetsEdit.titleZh')}><Input lang="zh-Hant" aria-label={t('targetsEdit.titleZh')} data-testid="target-title-zh" /></Form.Item>
        <Form.Item name="title_en" label={t('targetsEdit.titleEn')}><Input lang="en" aria-label={t('targetsEdit.titleEn')} data-testid="target-title-en" /></Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon message={problem} />}
    </Modal>
  );
}
