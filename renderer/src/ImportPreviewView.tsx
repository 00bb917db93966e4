// What an import would do, before anything is written: counts, every value with its current
// and imported figure, and every problem by file and sheet/cell.
import { useState } from 'react';
import { Alert, Segmented, Table, Tag, Tooltip, Typography } from 'antd';
import type { ImportCommentRow, ImportPreview, ImportProblemView, ImportRow } from '../../shared/api/contract.js';
import { renderMessage } from '../../shared/i18n/messages.js';
import { describeChanges } from '../../shared/io/describe-import-change.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';
import { dimsLabel } from './dims-label.js';

const STATUS_COLOR = { new: 'green', changed: 'orange', unchanged: 'default' } as const;

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t, num, lang, metricName, unit, date } = useI18n();
  const cat = useCatalogue();
  const [filter, setFilter] = useState<'all' | ImportRow['status']>(preview.counts.changed + preview.counts.new > 0 ? 'all' : 'all');
  const shown = filter === 'all' ? preview.values : preview.values.filter((v) => v.status === filter);
  const fmt = (v: { value: number | null; naReason: string | null } | null, metric: string) =>
    v === null || (v.value === null && v.naReason === null) ? '' : v.value === null ? `${t('grid.na')} (${v.naReason ?? ''})` : num(v.value, cat.byCode.get(metric)?.decimals ?? 2);
  const changes = (v: ImportRow) => describeChanges(lang, v.fields, v.old, v.new, (n) => num(n, cat.byCode.get(v.metric)?.decimals ?? 2));

  return (
    <div data-testid="import-preview" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      {preview.problems.length > 0 ? (
        <>
          <Alert type="error" showIcon message={t('import.problems', { n: preview.problems.length })} description={t('import.nothingWritten')} data-testid="import-problems-alert" />
          <Table<ImportProblemView & { key: number }>
            size="small"
            data-testid="import-problems"
            pagination={preview.problems.length > 50 ? { pageSize: 50 } : false}
            dataSource={preview.problems.map((p, key) => ({ ...p, key }))}
            columns={[
              { title: t('import.file'), dataIndex: 'file', key: 'file', width: 200 },
              { title: t('import.cell'), key: 'where', width: 180, render: (_, p) => p.location ?? (p.line > 0 ? t('import.line', { n: p.line }) : '') },
              { title: t('checks.metric'), key: 'metric', width: 200, render: (_, p) => (p.metric ? <Tooltip title={p.metric}>{metricName(cat.byCode.get(p.metric), p.metric)}</Tooltip> : '') },
              { title: t('import.message'), key: 'message', render: (_, p) => (p.value ? <><code>{`"${p.value}"`}</code>: {renderMessage(lang, p.problem)}</> : renderMessage(lang, p.problem)) },
            ]}
          />
        </>
      ) : (
        <Alert type="info" showIcon message={t('import.counts', preview.counts)} description={t('import.nothingWritten')} data-testid="import-counts" />
      )}
      <div>{preview.files.map((f) => <Tag key={f.file}>{t('import.kindFiles', { file: f.file, rows: f.rows })}</Tag>)}</div>
      {(preview.comments.length > 0 || preview.commentsSkipped > 0) && (
        <>
          <Alert
            type="info"
            showIcon
            message={preview.comments.length ? t('import.commentsTitle', { n: preview.comments.length }) : t('import.commentsNone')}
            description={preview.commentsSkipped > 0 ? t('import.commentsSkipped', { n: preview.commentsSkipped }) : undefined}
            data-testid="import-comments-count"
          />
          {preview.comments.length > 0 && (
            <Table<ImportCommentRow & { key: number }>
              size="small"
              data-testid="import-comments"
              pagination={preview.comments.length > 50 ? { pageSize: 50 } : false}
              dataSource={preview.comments.map((c, key) => ({ ...c, key }))}
              columns={[
                {
                  title: t('import.commentTarget'), key: 'target', width: 240,
                  render: (_, c) => {
                    const title = `${c.sectionLabel ? `${c.sectionLabel} ` : ''}${lang === 'en' ? c.sectionTitleEn : c.sectionTitleZh}`;
                    const where = c.kind === 'block' ? t('comments.block', { title }) : t('comments.section', { title });
                    return c.reply ? `↳ ${t('comments.reply')} · ${where}` : where;
                  },
                },
                { title: t('import.commentAuthor'), key: 'author', width: 160, render: (_, c) => <>{c.author}{c.createdAt ? <div><Typography.Text type="secondary">{date(c.createdAt)}</Typography.Text></div> : null}</> },
                { title: t('import.commentText'), key: 'text', render: (_, c) => <><div style={{ whiteSpace: 'pre-wrap' }}>{c.text}</div>{c.quote ? <div><Typography.Text type="secondary">{t('comments.quote', { quote: c.quote })}</Typography.Text></div> : null}</> },
              ]}
            />
          )}
        </>
      )}
      {preview.values.length > 0 && (
        <>
          <Segmented
            aria-label={t('import.status')}
            value={filter}
            onChange={(v) => setFilter(v as typeof filter)}
            options={[
              { value: 'all', label: t('checks.all', { n: preview.values.length }) },
              { value: 'new', label: `${t('import.new')} (${preview.values.filter((v) => v.status === 'new').length})` },
              { value: 'changed', label: `${t('import.changed')} (${preview.values.filter((v) => v.status === 'changed').length})` },
              { value: 'unchanged', label: `${t('import.unchanged')} (${preview.values.filter((v) => v.status === 'unchanged').length})` },
            ]}
          />
          <Table<ImportRow & { key: number }>
            size="small"
            data-testid="import-values"
            pagination={shown.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
            dataSource={shown.map((v, key) => ({ ...v, key }))}
            scroll={{ x: 1000 }}
            columns={[
              { title: t('import.status'), key: 'status', width: 90, render: (_, v) => <Tag color={STATUS_COLOR[v.status]}>{t(`import.${v.status}`)}</Tag> },
              { title: t('grid.metric'), key: 'metric', width: 240, render: (_, v) => <Tooltip title={v.metric}>{metricName(cat.byCode.get(v.metric), v.metric)}</Tooltip> },
              { title: t('grid.dims'), key: 'dims', width: 160, render: (_, v) => dimsLabel(v.dims, cat, lang, t('grid.total')) },
              { title: t('checks.year'), dataIndex: 'year', key: 'year', width: 70 },
              { title: t('import.current'), key: 'old', width: 130, align: 'right', render: (_, v) => fmt(v.old, v.metric) },
              { title: t('import.imported'), key: 'new', width: 130, align: 'right', render: (_, v) => <strong>{fmt(v.new, v.metric)}</strong> },
              { title: t('grid.unit'), dataIndex: 'unit', key: 'unit', width: 90, render: (u: string) => unit(u) },
              {
                title: t('import.changes'), key: 'fields', width: 280,
                render: (_, v) => (v.status === 'unchanged' ? '' : <div data-testid="import-fields">{changes(v).map((line) => <div key={line}>{line}</div>)}</div>),
              },
              { title: t('import.where'), dataIndex: 'where', key: 'where' },
            ]}
          />
        </>
      )}
    </div>
  );
}
