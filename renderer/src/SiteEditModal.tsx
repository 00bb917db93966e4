// One form for a site: add (code, names, kind), rename (names, kind) or retire (its last year
// in the boundary). The server validates; a refused field shows its reason beside it.
import { useEffect, useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { SITE_KINDS } from '../../shared/company.js';
import type { Site } from '../../shared/domain.js';
import { call } from './api.js';
import { errorText, fieldErrors } from './api-error-text.js';
import { useI18n } from './i18n.js';

export type SiteEdit = { mode: 'add'; site: null } | { mode: 'rename'; site: Site } | { mode: 'retire'; site: Site; year: number };

interface Values {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  retiredYear: number | null;
}

export function SiteEditModal({ edit, onClose, onSaved }: { edit: SiteEdit; onClose: () => void; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    form.setFieldsValue(edit.site ? { ...edit.site, retiredYear: edit.mode === 'retire' ? edit.year : edit.site.retiredYear } : { code: '', nameZh: '', nameEn: '', kind: 'office', retiredYear: null });
  }, [edit, form]);

  const save = async () => {
    setProblem(null);
    form.setFields(['code', 'nameZh', 'nameEn', 'kind', 'retiredYear'].map((name) => ({ name: name as keyof Values, errors: [] })));
    const v = form.getFieldsValue(true) as Values;
    setSaving(true);
    try {
      if (edit.mode === 'add') await call('site:add', { code: v.code.trim(), nameZh: v.nameZh, nameEn: v.nameEn, kind: v.kind as Site['kind'] as never });
      else if (edit.mode === 'rename') await call('site:update', { code: edit.site.code, nameZh: v.nameZh, nameEn: v.nameEn, kind: v.kind as never });
      else await call('site:update', { code: edit.site.code, retiredYear: v.retiredYear ?? edit.year });
      onSaved();
    } catch (e) {
      const errs = fieldErrors(lang, e);
      if (errs.length) form.setFields(errs as never);
      setProblem(errorText(lang, e));
    } finally {
      setSaving(false);
    }
  };

  const title = edit.mode === 'add' ? t('sites.add') : `${edit.mode === 'rename' ? t('sites.rename') : t('sites.retire')} ${edit.site.code}`;
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => void save()} okText={t('sites.save')} cancelText={t('sites.cancel')} confirmLoading={saving} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="site-form">
        {edit.mode !== 'retire' ? (
          <>
            <Form.Item name="code" label={t('sites.code')}><Input disabled={edit.mode !== 'add'} aria-label={t('sites.code')} data-testid="site-code" /></Form.Item>
            <Form.Item name="nameZh" label={t('sites.nameZh')}><Input lang="zh-Hant" aria-label={t('sites.nameZh')} data-testid="site-nameZh" /></Form.Item>
            <Form.Item name="nameEn" label={t('sites.nameEn')}><Input lang="en" aria-label={t('sites.nameEn')} data-testid="site-nameEn" /></Form.Item>
            <Form.Item name="kind" label={t('sites.kind')}>
              <Select aria-label={t('sites.kind')} options={SITE_KINDS.map((k) => ({ value: k, label: t(`sites.kind.${k}`) }))} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="retiredYear" label={t('sites.retireYear')}><InputNumber aria-label={t('sites.retireYear')} data-testid="site-retiredYear" style={{ width: 120 }} /></Form.Item>
            <Typography.Paragraph type="secondary">{t('sites.retireHint')}</Typography.Paragraph>
          </>
        )}
      </Form>
      {problem && <Alert type="error" showIcon message={problem} data-testid="site-problem" />}
    </Modal>
  );
}
