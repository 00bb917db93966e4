// The board's approval day of the edition, beside its status: a date picker (the browser's
// own, with the day also written out in the UI language: 2025年3月24日 / 24 March 2025), saved
// through edition:set-approval, which refuses what `report approve` refuses (not a real day,
// or not after the end of the report year) with the reason in the UI language. A published
// edition shows the day and cannot change it.
import { useEffect, useState } from 'react';
import { Button, Input, Space, Tag, Typography } from 'antd';
import type { EditionView } from '../../shared/api/contract-edition.js';
import { formatReportDate } from '../../shared/report/front-matter.js';
import { call } from './api.js';
import { errorText } from './error-text.js';
import { useI18n } from './i18n.js';

/** The day after the end of the report year: the earliest the picker offers. */
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
          <Input
            type="date"
            size="small"
            aria-label={t('edition.approvedOnPick')}
            data-testid="edition-approval-date"
            lang={lang}
            min={dayAfter(edition.yearEnd)}
            value={value}
            disabled={readOnly || published || busy}
            status={error ? 'error' : undefined}
            style={{ width: 150 }}
            onChange={(e) => {
              setValue(e.target.value);
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
