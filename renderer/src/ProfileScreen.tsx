// The company profile: names in both languages, the stock code of every counter, fiscal year
// end, report and baseline years, HKEX issuer category, report languages, SASB industry and the
// denominators intensities are also given per; for the covers and the front matter the address in
// both languages, contact, consolidation approach, the prevailing language version and the logo
// (LogoField, saved on its own). Saved through `profile:update`; a refused
// field shows its reason beside it and nothing is written.
import { useCallback, useEffect, useState } from 'react';
import { App as AntApp, Button, Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Company } from '../../shared/domain.js';
import { ISSUER_CATEGORIES, type IssuerCategory } from '../../shared/framework/basis.js';
import { canBeDenominator } from '../../shared/denominators.js';
import { CONSOLIDATION_APPROACHES, type ConsolidationApproach } from '../../shared/company.js';
import type { Lang } from '../../shared/domain.js';
import { LogoField } from './LogoField.js';
import { call } from './api.js';
import { useCatalogue } from './catalogue-context.js';
import { errorText, fieldErrors } from './api-error-text.js';
import { useI18n } from './i18n.js';

interface Props {
  readOnly: boolean;
  onSaved: () => void;
}

interface FormValues {
  nameZh: string;
  nameEn: string;
  shortNameZh: string;
  shortNameEn: string;
  stockCodes: string;
  fiscalYearEnd: string;
  reportYear: number | null;
  baselineYear: number | null;
  issuerCategory: IssuerCategory;
  languages: string[];
  sasbIndustry: string | null;
  intensityDenominators: string[];
  addressZh: string;
  addressEn: string;
  phone: string;
  email: string;
  website: string;
  consolidation: ConsolidationApproach;
  prevailingLang: Lang;
}

const FIELDS = ['nameZh', 'nameEn', 'shortNameZh', 'shortNameEn', 'stockCodes', 'fiscalYearEnd', 'reportYear', 'baselineYear', 'issuerCategory', 'languages', 'sasbIndustry', 'intensityDenominators', 'addressZh', 'addressEn', 'phone', 'email', 'website', 'consolidation', 'prevailingLang'] as const;

const LANG_OPTIONS = [
  { value: 'zh-Hant', label: '繁體中文' },
  { value: 'en', label: 'English' },
];

export function ProfileScreen({ readOnly, onSaved }: Props) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const catalogue = useCatalogue();
  const pickName = (x: { nameZh: string; nameEn: string }) => (lang === 'zh-Hant' ? x.nameZh : x.nameEn);
  const denominators = catalogue.view.metrics.filter((m) => m.code.startsWith('denominator.') && canBeDenominator(m));
  const [loaded, setLoaded] = useState(false);
  const [saving, setSaving] = useState(false);
  const [logo, setLogo] = useState<Company['logo']>(null);

  const fill = useCallback(
    (c: Company) => {
      form.setFieldsValue({ ...c, stockCodes: c.stockCodes.join(', '), languages: [...c.languages], intensityDenominators: [...c.intensityDenominators] });
      setLogo(c.logo);
    },
    [form],
  );
  useEffect(() => {
    void call('profile:get', {}).then((c) => {
      fill(c);
      setLoaded(true);
    });
  }, [fill]);

  const save = async () => {
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })));
    const v = form.getFieldsValue(true) as FormValues;
    setSaving(true);
    try {
      const c = await call('profile:update', {
        nameZh: v.nameZh,
        nameEn: v.nameEn,
        shortNameZh: v.shortNameZh ?? '',
        shortNameEn: v.shortNameEn ?? '',
        stockCodes: (v.stockCodes ?? '').split(/[,，\s]+/).filter((x) => x !== ''),
        fiscalYearEnd: v.fiscalYearEnd,
        ...(v.reportYear !== null && v.reportYear !== undefined ? { reportYear: v.reportYear } : {}),
        baselineYear: v.baselineYear ?? null,
        issuerCategory: v.issuerCategory,
        languages: v.languages as ('zh-Hant' | 'en')[],
        sasbIndustry: v.sasbIndustry ?? null,
        intensityDenominators: v.intensityDenominators ?? [],
        addressZh: v.addressZh ?? '',
        addressEn: v.addressEn ?? '',
        phone: v.phone ?? '',
        email: v.email ?? '',
        website: v.website ?? '',
        consolidation: v.consolidation,
        prevailingLang: v.prevailingLang,
      });
      fill(c);
      void message.success(t('profile.saved'));
      onSaved();
    } catch (e) {
      const errs = fieldErrors(lang, e);
      if (errs.length) form.setFields(errs as never);
      else void message.error(errorText(lang, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="screen" data-testid="profile-screen" style={{ maxWidth: 720, overflow: 'auto' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('profile.title')}</Typography.Title>
      <Form form={form} layout="vertical" disabled={readOnly || !loaded} onFinish={() => void save()}>
        <Form.Item name="nameZh" label={t('profile.nameZh')}><Input lang="zh-Hant" data-testid="profile-nameZh" /></Form.Item>
        <Form.Item name="nameEn" label={t('profile.nameEn')}><Input lang="en" data-testid="profile-nameEn" /></Form.Item>
        <Form.Item name="shortNameZh" label={t('profile.shortNameZh')}><Input lang="zh-Hant" /></Form.Item>
        <Form.Item name="shortNameEn" label={t('profile.shortNameEn')}><Input lang="en" /></Form.Item>
        <Form.Item name="stockCodes" label={t('profile.stockCodes')}><Input data-testid="profile-stockCodes" placeholder="0700, 80700" /></Form.Item>
        <Form.Item name="fiscalYearEnd" label={t('profile.fiscalYearEnd')}><Input placeholder="12-31" style={{ width: 120 }} /></Form.Item>
        <Form.Item name="reportYear" label={t('profile.reportYear')}><InputNumber data-testid="profile-reportYear" style={{ width: 120 }} /></Form.Item>
        <Form.Item name="baselineYear" label={t('profile.baselineYear')}><InputNumber data-testid="profile-baselineYear" style={{ width: 120 }} /></Form.Item>
        <Form.Item name="issuerCategory" label={t('profile.issuerCategory')}>
          <Select data-testid="profile-issuerCategory" style={{ maxWidth: 480 }} options={ISSUER_CATEGORIES.map((c) => ({ value: c, label: t(`code.category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="languages" label={t('profile.languages')}>
          <Checkbox.Group options={LANG_OPTIONS} />
        </Form.Item>
        <Form.Item name="sasbIndustry" label={t('profile.sasbIndustry')}>
          <Select
            data-testid="profile-sasbIndustry"
            allowClear
            style={{ maxWidth: 480 }}
            options={catalogue.view.industries.map((i) => ({ value: i.code, label: `${i.code} ${pickName(i)}` }))}
          />
        </Form.Item>
        <Form.Item name="intensityDenominators" label={t('profile.intensityDenominators')}>
          <Select
            data-testid="profile-intensityDenominators"
            mode="multiple"
            style={{ maxWidth: 480 }}
            options={denominators.map((m) => ({ value: m.code, label: pickName(m) }))}
          />
        </Form.Item>
        <Typography.Title level={5}>{t('profile.contact')}</Typography.Title>
        <Form.Item name="addressZh" label={t('profile.addressZh')}><Input.TextArea lang="zh-Hant" autoSize={{ minRows: 1, maxRows: 3 }} data-testid="profile-addressZh" /></Form.Item>
        <Form.Item name="addressEn" label={t('profile.addressEn')}><Input.TextArea lang="en" autoSize={{ minRows: 1, maxRows: 3 }} data-testid="profile-addressEn" /></Form.Item>
        <Form.Item name="phone" label={t('profile.phone')}><Input data-testid="profile-phone" style={{ maxWidth: 320 }} /></Form.Item>
        <Form.Item name="email" label={t('profile.email')}><Input inputMode="email" data-testid="profile-email" style={{ maxWidth: 320 }} /></Form.Item>
        <Form.Item name="website" label={t('profile.website')}><Input data-testid="profile-website" style={{ maxWidth: 480 }} /></Form.Item>
        <Form.Item name="consolidation" label={t('profile.consolidation')}>
          <Select data-testid="profile-consolidation" style={{ maxWidth: 320 }} options={CONSOLIDATION_APPROACHES.map((c) => ({ value: c, label: t(`consolidation.${c}`) }))} />
        </Form.Item>
        <Form.Item name="prevailingLang" label={t('profile.prevailingLang')}>
          <Select data-testid="profile-prevailingLang" style={{ maxWidth: 320 }} options={LANG_OPTIONS} />
        </Form.Item>
        <LogoField logo={logo} disabled={readOnly || !loaded} onChanged={(c) => setLogo(c.logo)} />
        <Button type="primary" htmlType="submit" loading={saving} data-testid="profile-save">{t('profile.save')}</Button>
      </Form>
    </div>
  );
}
