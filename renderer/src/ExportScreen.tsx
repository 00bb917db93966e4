// Export the report (DOCX) and the KPI annex (XLSX) for a year in one or both languages. Main
// picks the folder (a dialog in Electron, the host's folder in a browser) and names the files;
// the export runs as a job whose progress is polled, so the UI stays responsive.
import { useEffect, useRef, useState } from 'react';
import { Alert, App as AntApp, Button, Checkbox, Progress, Select, Space, Table, Typography } from 'antd';
import type { ExportFile, JobStatus } from '../../shared/api/contract.js';
import type { Lang } from '../../shared/domain.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { hasString } from '../../shared/i18n/strings.js';
import type { JumpTarget } from '../../shared/checks/jump.js';
import { ExportReviewList } from './ExportReviewList.js';
import { SofficeStatusLine } from './SofficeStatusLine.js';

interface Props {
  year: number;
  revision: number;
  /** Opens the screen where a finding is fixed. */
  onJump: (target: JumpTarget) => void;
  years: number[];
  readOnly: boolean;
  shell: 'electron' | 'host';
  workspaceDir: string | null;
}

const POLL_MS = 150;

export function ExportScreen({ year: headerYear, revision, onJump, years, readOnly, shell, workspaceDir }: Props) {
  const { t, num } = useI18n();
  const { modal } = AntApp.useApp();
  const [year, setYear] = useState(headerYear);
  const [docx, setDocx] = useState<Lang[]>(['zh-Hant', 'en']);
  const [xlsx, setXlsx] = useState<Lang[]>(['zh-Hant']);
  const [pdf, setPdf] = useState<Lang[]>([]);
  const [job, setJob] = useState<JobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(() => setYear(headerYear), [headerYear]);
  useEffect(() => () => void (alive.current = false), []);

  const running = job?.state === 'running';
  const langOptions = [
    { value: 'zh-Hant', label: t('export.langZh') },
    { value: 'en', label: t('export.langEn') },
  ];

  const start = async () => {
    setError(null);
    setJob(null);
    try {
      let s = await call('export:start', { year, docx, xlsx, pdf });
      if ('replace' in s) {
        // Files of these names are there already: replaced only if the user says so.
        const existing = s;
        const agreed = await new Promise<boolean>((resolve) =>
          void modal.confirm({
            title: t('export.replaceTitle'),
            content: (
              <div data-testid="export-existing">
                <p>{t('export.replaceBody', { folder: existing.folder })}</p>
                <ul>{existing.existing.map((f) => <li key={f}>{f}</li>)}</ul>
              </div>
            ),
            okText: t('export.replaceOk'),
            cancelText: t('export.replaceCancel'),
            okButtonProps: { danger: true },
            onOk: () => resolve(true),
            onCancel: () => resolve(false),
          }),
        );
        if (!agreed) return;
        s = await call('export:start', { year, docx, xlsx, pdf, replace: existing.replace });
        if ('replace' in s) return;
      }
      const started = s;
      let status = await call('job:status', { jobId: started.jobId });
      setJob(status);
      while (status.state === 'running' && alive.current) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        status = await call('job:status', { jobId: started.jobId });
        if (alive.current) setJob(status);
      }
    } catch (e) {
      const err = e as Error & { error?: { code: string } };
      if (err.error?.code !== 'cancelled') setError(err.message);
    }
  };

  const reveal = async (index: number, action: 'reveal' | 'open') => {
    if (!job) return;
    try {
      await call('export:reveal', { jobId: job.jobId, file: index, action });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  // Within a file: the layout pass of a PDF is most of its time.
  const within = job?.state !== 'running' ? 0 : job.step === 'layout' ? 0.4 : job.step === 'write' ? 0.9 : job.step === 'build' ? 0.15 : 0.5;
  const percent = job ? Math.round(((job.done + within) / Math.max(job.total, 1)) * 100) : 0;

  return (
    <div className="screen" data-testid="export-screen">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('export.title')}</Typography.Title>
      <Typography.Text type="secondary">{t('export.hint')}</Typography.Text>
      <div className="form-grid">
        <label htmlFor="export-year">{t('export.year')}</label>
        <Select id="export-year" aria-label={t('export.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 120 }} />
        <span id="export-docx-label">{t('export.docx')}</span>
        <Checkbox.Group aria-labelledby="export-docx-label" data-testid="export-docx" value={docx} onChange={(v) => setDocx(v as Lang[])} options={langOptions} />
        <span id="export-xlsx-label">{t('export.xlsx')}</span>
        <Checkbox.Group aria-labelledby="export-xlsx-label" data-testid="export-xlsx" value={xlsx} onChange={(v) => setXlsx(v as Lang[])} options={langOptions} />
        <span id="export-pdf-label">{t('export.pdf')}</span>
        <Checkbox.Group aria-labelledby="export-pdf-label" data-testid="export-pdf" value={pdf} onChange={(v) => setPdf(v as Lang[])} options={langOptions} />
      </div>
      <ExportReviewList year={year} revision={revision} onJump={onJump} />
      <Typography.Text type="secondary">{t('export.pdf.hint')}</Typography.Text>
      <SofficeStatusLine />
      <Typography.Text type="secondary">{shell === 'host' ? t('export.where.host', { dir: workspaceDir ?? '' }) : t('export.where.electron')}</Typography.Text>
      <Space>
        <Button type="primary" onClick={() => void start()} loading={running} disabled={readOnly || docx.length + xlsx.length + pdf.length === 0}>
          {t('export.start')}
        </Button>
        {docx.length + xlsx.length + pdf.length === 0 && <Typography.Text type="warning">{t('export.nothing')}</Typography.Text>}
      </Space>
      <div aria-live="polite" data-testid="export-status" style={{ maxWidth: 900 }}>
        {job && (
          <Progress
            percent={percent}
            status={job.state === 'failed' ? 'exception' : job.state === 'done' ? 'success' : 'active'}
            aria-label={t('export.title')}
            style={{ maxWidth: 640 }}
          />
        )}
        {running && job?.current && (
          <Typography.Text>
            {job.step
              ? t('export.running.step', { file: job.current, done: job.done + 1, total: job.total, step: t(`export.step.${job.step}`) })
              : t('export.running', { file: job.current, done: job.done + 1, total: job.total })}
          </Typography.Text>
        )}
        {job?.state === 'done' && <Alert type="success" showIcon message={t('export.done', { n: job.files.length, dir: job.folder })} />}
        {job?.state === 'failed' && <Alert type="error" showIcon message={t('export.failed', { message: job.error?.messageCode && hasString(job.error.messageCode) ? t(job.error.messageCode, job.error.params) : (job.error?.message ?? '') })} />}
        {error && <Alert type="error" showIcon message={t('export.failed', { message: error })} closable onClose={() => setError(null)} />}
      </div>
      {job && job.files.length > 0 && (
        <Table<ExportFile & { index: number }>
          size="small"
          rowKey="name"
          pagination={false}
          data-testid="export-files"
          dataSource={job.files.map((f, index) => ({ ...f, index }))}
          style={{ maxWidth: 900 }}
          columns={[
            { title: t('export.file'), dataIndex: 'name', key: 'name' },
            { title: t('export.size'), key: 'bytes', align: 'right', render: (_, f) => t('export.kb', { n: num(f.bytes / 1024, 0) }) },
            { title: t('export.time'), key: 'ms', align: 'right', render: (_, f) => t('export.ms', { n: num(f.ms, 0) }) },
            ...(job.canReveal
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, f: ExportFile & { index: number }) => (
                      <Space>
                        <Button size="small" onClick={() => void reveal(f.index, 'open')}>{t('export.open')}</Button>
                        <Button size="small" onClick={() => void reveal(f.index, 'reveal')}>{t('export.reveal')}</Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </div>
  );
}
