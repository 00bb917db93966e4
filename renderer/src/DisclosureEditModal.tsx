// Where one framework item is disclosed (sections and/or metrics) or why it is not ("not
// applicable" with the reason in both languages). A refusal shows the reason beside its field.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import type { FrameworkItemView } from '../../shared/api/contract.js';
import type { DisclosureEntry } from '../../shared/report/disclosure.js';
import type { Section } from '../../shared/report/outline.js';
import { ApiCallError, call } from './api.js';
import { useCatalogue } from './catalogue-context.js';
import { useI18n } from './i18n.js';
import { useEdition } from './edition-context.js';

interface Props {
  item: FrameworkItemView;
  entry: DisclosureEntry | null;
  sections: Section[];
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  status: 'disclosed' | 'not_applicable';
  sections: string[];
  metrics: string[];
  reasonZh: string;
  reasonEn: string;
}

const FIELDS = ['status', 'sections', 'metrics', 'reasonZh', 'reasonEn'] as const;

export function DisclosureEditModal({ item, entry, sections, onClose, onSaved }: Props) {
  const { t, lang, metricName } = useI18n();
  const cat = useCatalogue();
  const { year } = useEdition();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form) ?? entry?.status ?? 'disclosed';
  const [message, setMessage] = useState<string | null>(null);
  const initial: Values = { status: entry?.status ?? 'disclosed', sections: entry?.sections ?? [], metrics: entry?.metrics ?? [], reasonZh: entry?.reasonZh ?? '', reasonEn: entry?.reasonEn ?? '' };

  const save = async () => {
    setMessage(null);
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })));
    const v = { ...initial, ...form.getFieldsValue(true) } as Values;
    const input =
      v.status === 'disclosed'
        ? { framework: item.framework, itemCode: item.code, status: 'disclosed' as const, sections: v.sections, metrics: v.metrics }
        : { framework: item.framework, itemCode: item.code, status: 'not_applicable' as const, reasonZh: v.reasonZh, reasonEn: v.reasonEn };
    try {
      await call('disclosure:set', { year, entry: input });
      onSaved();
    } catch (e) {
      // The entry travels as `entry` beside its year: its fields' paths start with `entry.`.
      const issues = (e instanceof ApiCallError ? (e.error.issues ?? []) : []).map((i) => ({ ...i, path: i.path.replace(/^entry\./, '') }));
      const onField = issues.filter((i) => (FIELDS as readonly string[]).includes(i.path.split('.')[0] ?? ''));
      form.setFields(onField.map((i) => ({ name: i.path.split('.')[0] as (typeof FIELDS)[number], errors: [i.message] })));
      // A refinement of the whole entry (no section and no metric) has no field of its own.
      if (onField.length < issues.length || issues.length === 0) setMessage(issues.length ? issues.filter((i) => !onField.includes(i)).map((i) => i.message).join('; ') : (e as Error).message);
    }
  };

  return (
    <Modal open title={t('disc.editing', { framework: item.framework.toUpperCase(), item: item.code })} okText={t('edit.save')} cancelText={t('edit.cancel')} onOk={() => void save()} onCancel={onClose} width={720} destroyOnHidden>
      <div data-testid="disclosure-form">
        <p style={{ marginTop: 0 }}>{lang === 'en' ? item.titleEn : item.titleZh}</p>
        {message && <Alert type="error" showIcon message={message} style={{ marginBottom: 12 }} />}
        <Form form={form} initialValues={initial} labelCol={{ flex: '160px' }} labelWrap>
          <Form.Item name="status" label={t('disc.status')}>
            <Radio.Group options={[{ value: 'disclosed', label: t('disc.disclosed') }, { value: 'not_applicable', label: t('disc.na') }]} />
          </Form.Item>
          {status === 'disclosed' ? (
            <>
              <Form.Item name="sections" label={t('disc.sections')}>
                <Select mode="multiple" optionFilterProp="label" options={sections.map((s) => ({ value: s.id, label: `${s.label ? `${s.label} ` : ''}${lang === 'en' ? s.titleEn : s.titleZh}` }))} />
              </Form.Item>
              <Form.Item name="metrics" label={t('disc.metrics')}>
                <Select mode="multiple" optionFilterProp="label" options={cat.view.metrics.filter((m) => m.kind !== 'factor').map((m) => ({ value: m.code, label: `${metricName(m, m.code)} (${m.code})` }))} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="reasonZh" label={t('disc.reasonZh')}>
                <Input.TextArea lang="zh-Hant" autoSize={{ minRows: 2, maxRows: 5 }} />
              </Form.Item>
              <Form.Item name="reasonEn" label={t('disc.reasonEn')}>
                <Input.TextArea lang="en" autoSize={{ minRows: 2, maxRows: 5 }} />
              </Form.Item>
            </>
          )}
        </Form>
      </div>
    </Modal>
  );
}
