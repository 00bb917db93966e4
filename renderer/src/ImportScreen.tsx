// Import data packages, targets files and filled department workbooks: pick the files (a
// native dialog in Electron; files of the host's folder by name in a browser), see what
// would change, then confirm. Also makes the department workbooks to send out.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Select, Space, Spin, Table, Typography } from 'antd';
import type { ImportCandidates, ImportPreview, SheetsWritten } from '../../shared/api/contract.js';
import { call } from './api.js';
import { errorText } from './api-error-text.js';
import { useI18n } from './i18n.js';
import { ImportPreviewView } from './ImportPreviewView.js';

interface Props {
  year: number;
  years: number[];
  readOnly: boolean;
  onChanged: () => void;
}

export function ImportScreen({ year, years, readOnly, onChanged }: Props) {
  const { t, num, date, lang } = useI18n();
  const [candidates, setCandidates] = useState<ImportCandidates | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'commit' | 'sheets' | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<{ type: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const [sheetsYear, setSheetsYear] = useState(year + 1);
  const [sheets, setSheets] = useState<SheetsWritten | null>(null);

  const refresh = useCallback(() => void call('import:candidates', {}).then(setCandidates, () => setCandidates(null)), []);
  useEffect(refresh, [refresh]);
  const host = candidates?.folder !== null && candidates !== null;

  const runPreview = async () => {
    setBusy('preview');
    setResult(null);
    setPreview(null);
    try {
      setPreview(await call('import:preview', { ...(host ? { fileNames: chosen } : {}), overwrite, year }));
    } catch (e) {
      const err = e as Error & { error?: { code: string } };
      if (err.error?.code !== 'cancelled') setResult({ type: 'error', text: errorText(lang, e) });
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!preview?.previewId) return;
    setBusy('commit');
    try {
      const r = await call('import:commit', { previewId: preview.previewId });
      const values = t('import.committed', { inserted: num(r.inserted, 0), updated: num(r.updated, 0), backup: r.backup ?? '—' });
      const committed = r.comments > 0 ? `${values} ${t('import.commentsDone', { n: num(r.comments, 0) })}` : values;
      setResult(r.reopened > 0 ? { type: 'warning', text: `${committed} ${t('cli.import_reopened', { n: r.reopened })}` } : { type: 'success', text: committed });
      setPreview(null);
      onChanged();
    } catch (e) {
      setResult({ type: 'error', text: (e as Error).message });
    } finally {
      setBusy(null);
    }
  };

  const makeSheets = async () => {
    setBusy('sheets');
    try {
      setSheets(await call('sheets:write', { year: sheetsYear }));
      refresh();
      onChanged();
    } catch (e) {
      const err = e as Error & { error?: { code: string } };
      if (err.error?.code !== 'cancelled') setResult({ type: 'error', text: err.message });
    } finally {
      setBusy(null);
    }
  };

  const changes = preview ? preview.counts.new + preview.counts.changed + preview.comments.length : 0;
  const sheetYears = [...new Set([...years, year + 1])].sort((a, b) => a - b);

  return (
    <div className="screen" data-testid="import-screen">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('import.title')}</Typography.Title>
      <Typography.Text type="secondary">{t('import.hint')}</Typography.Text>
      {host && candidates && (
        candidates.files.length === 0 ? (
          <Typography.Text>{t('import.noFiles', { dir: candidates.folder ?? '' })}</Typography.Text>
        ) : (
          <Table
            size="small"
            data-testid="import-files"
            rowKey="name"
            pagination={false}
            style={{ maxWidth: 900 }}
            title={() => t('import.files', { dir: candidates.folder ?? '' })}
            rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as string[]), getCheckboxProps: (r) => ({ 'aria-label': r.name }) as never }}
            dataSource={candidates.files}
            columns={[
              { title: t('import.file'), dataIndex: 'name', key: 'name' },
              { title: t('export.size'), key: 'bytes', align: 'right', width: 110, render: (_, f) => t('export.kb', { n: num(f.bytes / 1024, 1) }) },
              { title: '', key: 'modified', width: 200, render: (_, f) => date(f.modified) },
            ]}
          />
        )
      )}
      <Space wrap>
        <Checkbox checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)}>{t('import.overwrite')}</Checkbox>
        <Button type="primary" onClick={() => void runPreview()} loading={busy === 'preview'} disabled={readOnly || (host && chosen.length === 0)}>
          {host ? t('import.preview') : t('import.choose')}
        </Button>
      </Space>
      <div aria-live="polite" style={{ maxWidth: 900 }}>
        {busy === 'preview' && <Spin tip={t('import.reading')}><div style={{ height: 48 }} /></Spin>}
        {result && <Alert type={result.type} showIcon message={result.text} closable onClose={() => setResult(null)} data-testid="import-result" />}
      </div>
      {preview && (
        <>
          <Space>
            <Button type="primary" onClick={() => void commit()} disabled={!preview.previewId || changes === 0} loading={busy === 'commit'} data-testid="import-commit">
              {t('import.commit', { n: num(changes, 0) })}
            </Button>
            <Button onClick={() => setPreview(null)}>{t('import.cancel')}</Button>
          </Space>
          <ImportPreviewView preview={preview} />
        </>
      )}
      <Card size="small" title={t('sheets.title')} style={{ maxWidth: 900 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('sheets.hint')}</Typography.Text>
          <Space>
            <Select aria-label={t('year.label')} value={sheetsYear} onChange={setSheetsYear} options={sheetYears.map((y) => ({ value: y, label: String(y) }))} style={{ width: 110 }} />
            <Button onClick={() => void makeSheets()} loading={busy === 'sheets'} disabled={readOnly}>{t('sheets.make')}</Button>
          </Space>
          {sheets && (
            <div data-testid="sheets-result">
              <Alert type="success" showIcon message={t('sheets.done', { n: sheets.files.length, dir: sheets.folder })} />
              <ul>{sheets.files.map((f) => <li key={f.name}>{f.name} — {t('sheets.rows', { n: num(f.rows, 0) })}</li>)}</ul>
            </div>
          )}
        </Space>
      </Card>
    </div>
  );
}
