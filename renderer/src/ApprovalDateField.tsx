// The board's approval day of the edition, beside its status: antd's date picker in the UI
// language (its calendar through dayjs' zh-tw / en-gb locales, the day written as the report
// writes it: 2025年3月24日 / 24 March 2025; a typed 2025-03-24 is understood too), saved through
// edition:set-approval, which refuses what `report approve` refuses (not a real day, or not
// after the end of the report year) with the reason in the UI language. The picker offers no day
// on or before the year end. A published edition shows the day and cannot change it.
import { useEffect, useState } from 'react';
import { Button, DatePicker, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-tw';
import 'dayjs/locale/en-gb';
import type { EditionView } from '../../shared/api/contract-edition.js';
import type { Lang } from '../../shared/domain.js';
import { formatReportDate } from '../../shared/report/front-matter.js';
import { call } from './api.js';
import { errorText } from './error-text.js';
import { useI18n } from './i18n.js';

const ISO = 'YYYY-MM-DD';
/** Shown as formatReportDate writes the day; the ISO form is accepted when typed. */
const FORMATS: Record<Lang, string[]> = { 'zh-Hant': ['YYYY年M月D日', ISO], en: ['D MMMM YYYY', ISO] };
const DAYJS_LOCALE: Record<Lang, string> = { 'zh-Hant': 'zh-tw', en: 'en-gb' };

/** The day after the end of the report year: the earliest the picker offers, where its calendar opens. */
function dayAfter(yearEnd: string): string {
  const d = new Date(`${yearEnd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

interface Props {
  edition: EditionView;
  readOnly: boolean;
  onSaved: (message: string) => void;
}

export function ApprovalDateField({ edition, readOnly, onSaved }: Props) {
  const { t, lang } = useI18n();
  const [value, setValue] = useState(edition.approvedOn ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setValue(edition.approvedOn ?? '');
    setError(null);
  }, [edition.approvedOn, edition.year]);
  const published = edition.status === 'published';

  const save = async (date: string | null) => {
    setBusy(true);
    setError(null);
    try {
      await call('edition:set-approval', { year: edition.year, date });
      onSaved(t('edition.approvedSaved'));
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space size={4} align="center" wrap data-testid="edition-approval">
      <Tag color={edition.approvedOn ? 'green' : 'default'} data-testid="edition-approved-on">
        {t('edition.approvedOn')} {edition.approvedOn ? formatReportDate(edition.approvedOn, lang) : t('edition.approvedOnNone')}
      </Tag>
      {edition.exists && (
        <>
          <DatePicker
            size="small"
            aria-label={t('edition.approvedOnPick')}
            data-testid="edition-approval-date"
            format={FORMATS[lang]}
            value={value ? dayjs(value, ISO).locale(DAYJS_LOCALE[lang]) : null}
            disabledDate={(d: Dayjs) => d.format(ISO) <= edition.yearEnd}
            defaultPickerValue={value ? undefined : dayjs(dayAfter(edition.yearEnd), ISO)}
            allowClear={false}
            disabled={readOnly || published || busy}
            status={error ? 'error' : undefined}
            style={{ width: 160 }}
            onChange={(d: Dayjs | null) => {
              setValue(d ? d.format(ISO) : '');
              setError(null);
            }}
          />
          {!published && (
            <Button size="small" disabled={readOnly || busy || value === '' || value === (edition.approvedOn ?? '')} onClick={() => void save(value)} data-testid="edition-approval-save">
              {t('edition.approvedOnSave')}
            </Button>
          )}
          {!published && edition.approvedOn && (
            <Button size="small" disabled={readOnly || busy} onClick={() => void save(null)} data-testid="edition-approval-clear">
              {t('edition.approvedOnClear')}
            </Button>
          )}
        </>
      )}
      {error && (
        <Typography.Text type="danger" role="alert" data-testid="edition-approval-error">
          {error}
        </Typography.Text>
      )}
    </Space>
  );
}
