// Findings of the checks for a year: severity, rule, metric, year and a message a person can
// act on; filtered by severity. For an edition that follows the HKEX Code, the findings of
// completeness by basis are grouped by Part (B, C, D), the other checks after them.
import { useEffect, useState } from 'react';
import { Button, Segmented, Table, Tag, Tooltip, Typography } from 'antd';
import type { Finding, Severity } from '../../shared/checks.js';
import { PARTS, type Part } from '../../shared/framework/versions.js';
import { findingCell, findingText } from '../../shared/checks/finding.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';

const COLOR: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Where a finding's "go to cell" leads: the grid, at the metric and breakdown, in the finding's year. */
export type JumpToCell = (cell: { metric: string; dims: Record<string, string> | null; year: number }) => void;

export function ChecksPanel({ year, revision, onJump }: { year: number; revision: number; onJump?: JumpToCell }) {
  const { t, lang, metricName } = useI18n();
  const cat = useCatalogue();
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [filter, setFilter] = useState<'all' | Severity>('all');
  useEffect(() => {
    void call('checks:run', { year }).then((f) => setFindings([...f].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])), () => setFindings([]));
  }, [year, revision]);
  const count = (s: Severity) => findings?.filter((f) => f.severity === s).length ?? 0;
  const shown = (findings ?? []).filter((f) => filter === 'all' || f.severity === filter);
  const byPart = (findings ?? []).some((f) => f.part !== undefined);
  const groups: { part: Part | null; rows: Finding[] }[] = byPart
    ? [...PARTS.map((part) => ({ part, rows: shown.filter((f) => f.part === part) })), { part: null, rows: shown.filter((f) => f.part === undefined) }].filter((g) => g.rows.length > 0)
    : [{ part: null, rows: shown }];
  // Every finding carries its message code: worded in the UI's language.
  const messageOf = (f: Finding) => findingText(lang, f);

  return (
    <section data-testid="checks-panel" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Typography.Title level={5} style={{ margin: 0 }}>{t('checks.title', { year })}</Typography.Title>
      <Segmented
        aria-label={t('checks.severity')}
        value={filter}
        onChange={(v) => setFilter(v as typeof filter)}
        options={[
          { value: 'all', label: t('checks.all', { n: findings?.length ?? 0 }) },
          { value: 'error', label: t('checks.error', { n: count('error') }) },
          { value: 'warning', label: t('checks.warning', { n: count('warning') }) },
          { value: 'info', label: t('checks.info', { n: count('info') }) },
        ]}
      />
      {groups.map((g) => (
        <div key={g.part ?? 'other'} data-testid={`checks-group-${g.part ?? 'other'}`}>
          {byPart && <Typography.Text strong>{g.part ? t(`code.part.${g.part}`) : t('checks.part.other')}</Typography.Text>}
          <Table<Finding & { key: number }>
            size="small"
            loading={findings === null}
            pagination={g.rows.length > 50 ? { pageSize: 50 } : false}
            locale={{ emptyText: t('checks.none') }}
            dataSource={g.rows.map((f, key) => ({ ...f, key }))}
            columns={[
              { title: t('checks.severity'), key: 'severity', width: 90, render: (_, f) => <Tag color={COLOR[f.severity]}>{t(`checks.sev.${f.severity}`)}</Tag> },
              { title: t('checks.rule'), dataIndex: 'rule', key: 'rule', width: 210, render: (r: string) => <code>{r}</code> },
              { title: t('checks.metric'), key: 'metric', width: 220, render: (_, f) => (f.metric ? <Tooltip title={f.metric}>{metricName(cat.byCode.get(f.metric), f.metric)}</Tooltip> : '') },
              { title: t('checks.year'), dataIndex: 'year', key: 'year', width: 70 },
              { title: t('checks.message'), key: 'message', render: (_, f) => messageOf(f) },
              {
                title: '', key: 'jump', width: 110,
                // The grid shows entered and derived metrics; factors have their own screen.
                render: (_, f) => {
                  const c = findingCell(f);
                  const kind = c ? cat.byCode.get(c.metric)?.kind : undefined;
                  return onJump && c && kind && kind !== 'factor' ? (
                    <Button size="small" type="link" data-testid="jump-to-cell" onClick={() => onJump({ ...c, year: f.year })}>{t('grid.jump')}</Button>
                  ) : null;
                },
              },
            ]}
          />
        </div>
      ))}
    </section>
  );
}
