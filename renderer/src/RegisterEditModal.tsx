// One form for a register row (materiality topic, stakeholder group, climate risk or
// opportunity, qualitative target), new or existing. The server validates: a refused entry
// shows each reason beside its field (from the error's issues) and nothing is written.
import { useEffect, useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { EditableRegister } from '../../shared/api/contract.js';
import type { StringKey } from '../../shared/i18n/strings.js';
import { ApiCallError, call } from './api.js';
import { useI18n } from './i18n.js';
import { useEdition } from './edition-context.js';
import { newRowId, REGISTER_FIELDS, toFormValues, toRow, type FieldSpec } from './register-fields.js';

export interface RegisterEdit {
  kind: EditableRegister;
  /** Null: a new row. */
  row: Record<string, unknown> | null;
}

const DEFAULTS: Record<EditableRegister, Record<string, unknown>> = {
  topics: { category: 'E', businessScore: 5, stakeholderScore: 5 },
  stakeholders: {},
  climate: { type: 'risk', category: 'acute_physical', horizons: ['medium'], likelihood: null, impact: null },
  qualitativeTargets: { category: 'other', targetYear: null },
};

export function RegisterEditModal({ edit, onClose, onSaved }: { edit: RegisterEdit; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { year } = useEdition();
  const [form] = Form.useForm<Record<string, unknown>>();
  const values = Form.useWatch([], form) ?? {};
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fields = REGISTER_FIELDS[edit.kind];
  const isNew = edit.row === null;
  useEffect(() => form.setFieldsValue(toFormValues(edit.kind, edit.row ?? DEFAULTS[edit.kind])), [edit, form]);

  const label = (l: StringKey | string) => (l.includes('.') ? t(l as StringKey) : l);
  const control = (f: FieldSpec) => {
    const common = { 'aria-label': t(f.label), lang: f.lang, disabled: f.key === true && !isNew };
    switch (f.kind) {
      case 'textarea':
        return <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 6 }} />;
      case 'lines':
        return <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 8 }} placeholder={t('edit.lines')} />;
      case 'number':
        // No min/max here: InputNumber would silently clamp 12 to 10; the server says why instead.
        return <InputNumber {...common} step={f.step} placeholder={`${f.min ?? ''}–${f.max ?? ''}`} style={{ width: 160 }} />;
      case 'select':
      case 'multi':
        return <Select {...common} mode={f.kind === 'multi' ? 'multiple' : undefined} options={(f.options?.(values) ?? []).map((o) => ({ value: o.value, label: label(o.label) }))} />;
      default:
        return <Input {...common} />;
    }
  };

  const save = async () => {
    setMessage(null);
    form.setFields(fields.map((f) => ({ name: f.name, errors: [] })));
    const base = edit.row ?? (edit.kind === 'qualitativeTargets' ? {} : { id: newRowId(edit.kind) });
    const row = toRow(edit.kind, base, form.getFieldsValue(true) as Record<string, unknown>);
    setSaving(true);
    try {
      await call(isNew ? 'register:create' : 'register:update', { year, kind: edit.kind, row } as never);
      onSaved();
    } catch (e) {
      const issues = e instanceof ApiCallError ? (e.error.issues ?? []) : [];
      const names = new Set(fields.map((f) => f.name));
      const byField = new Map<string, string[]>();
      const rest: string[] = [];
      for (const i of issues) {
        const name = i.path.split('.')[1] ?? '';
        if (names.has(name)) byField.set(name, [...(byField.get(name) ?? []), i.message]);
        else rest.push(i.path ? `${i.path}: ${i.message}` : i.message);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      setMessage(byField.size === 0 ? (e as Error).message : rest.length ? rest.join('; ') : null);
    } finally {
      setSaving(false);
    }
  };

  const what = t(`edit.what.${edit.kind}`);
  return (
    <Modal
      open
      title={isNew ? t('edit.new', { what }) : t('edit.editing', { what })}
      okText={t('edit.save')}
      cancelText={t('edit.cancel')}
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <div data-testid="register-form">
        {message && <Alert type="error" showIcon message={message} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="horizontal" labelCol={{ flex: '180px' }} labelWrap>
          {fields.map((f) => (
            <Form.Item key={f.name} name={f.name} label={t(f.label)} style={{ marginBottom: 12 }}>
              {control(f)}
            </Form.Item>
          ))}
        </Form>
      </div>
    </Modal>
  );
}
