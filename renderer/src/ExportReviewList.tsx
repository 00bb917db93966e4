// On the export screen: why the exported report will carry a draft mark. The open check errors
// of the year, each worded in the UI language with a jump to where it is fixed (the grid cell
// of its metric, or the report section whose text it is about).
import { useEffect, useState } from 'react';
import { Alert, Button, List, Typography } from 'antd';
import type { Finding } from '../../shared/checks.js';
import { findingText } from '../../shared/checks/finding.js';
import { findingTarget, type JumpTarget } from '../../shared/checks/jump.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';

interface Props {
  year: number;
  revision: number;
  onJump: (target: JumpTarget) => void;
}

export function ExportReviewList({ year, revision, onJump }: Props) {
  const { t, lang, metricName } = useI18n();
  const cat = useCatalogue();
  const [errors, setErrors] = useState<Finding[] | null>(null);
  const [published, setPublished] = useState(false);
  useEffect(() => {
    let live = true;
    call('checks:run', { year }).then((f) => live && setErrors(f.filter((x) => x.severity === 'error')), () => live && setErrors([]));
    call('edition:get', { year }).then((e) => live && setPublished(e.status === 'published'), () => live && setPublished(false));
    return () => void (live = false);
  }, [year, revision]);
  if (errors === null) return null;
  const unpublished = !published;

  return (
    <section data-testid="export-review" style={{ maxWidth: 900, display: 'flex', flexDirection: 'column', gap: 8 }}>
      {unpublished && errors.length === 0 && <Alert type="info" showIcon message={t('review.draftTitle', { year })} />}
      {errors.length === 0 && <Typography.Text type="secondary">{t('review.errorsNone', { year })}</Typography.Text>}
      {errors.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('review.errorsTitle', { n: errors.length, year })}
          description={
            <List<Finding>
              size="small"
              data-testid="export-errors"
              dataSource={errors}
              style={{ maxHeight: 240, overflow: 'auto' }}
              renderItem={(f) => {
                const target = findingTarget(f, cat.view.metrics);
                return (
                  <List.Item
                    data-testid="export-error"
                    actions={target ? [
                      <Button key="go" size="small" onClick={() => onJump(target)} aria-label={`${target.screen === 'outline' ? t('review.jumpSection') : t('review.jumpCell')}: ${findingText(lang, f)}`}>
                        {target.screen === 'outline' ? t('review.jumpSection') : t('review.jumpCell')}
                      </Button>,
                    ] : []}
                  >
                    <span>
                      {f.metric && cat.byCode.has(f.metric) && <Typography.Text strong>{metricName(cat.byCode.get(f.metric), f.metric)}{lang === 'zh-Hant' ? '：' : ': '}</Typography.Text>}
                      {findingText(lang, f)}
                    </span>
                  </List.Item>
                );
              }}
            />
          }
        />
      )}
    </section>
  );
}
