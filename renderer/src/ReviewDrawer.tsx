// One value's review and evidence: its state (with the comment it was returned with), the
// actions the working person's roles allow, and its evidence files. Files are chosen by main
// (a dialog, or a bare name in the loopback host's folder) and opened by the system's program
// from a temporary copy: the renderer never shows their content.
import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Divider, Drawer, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import type { EvidenceView, GridRow, ValueStateRow } from '../../shared/api/contract.js';
import { mayValidate, maySubmit } from '../../shared/review/people.js';
import { call } from './api.js';
import { errorText } from './api-error-text.js';
import { useCatalogue } from './catalogue-context.js';
import { dimsLabel } from './dims-label.js';
import { useI18n } from './i18n.js';
import { usePeople } from './people-context.js';
import { CommentsPanel } from './CommentsPanel.js';
import { useComments } from './use-comments.js';

interface Props {
  row: GridRow;
  year: number;
  state: ValueStateRow | undefined;
  readOnly: boolean;
  onClose: () => void;
  /** A state or an evidence file changed: the grid reloads its review column. */
  onChanged: () => void;
}

export const STATE_COLOR = { draft: 'default', submitted: 'blue', approved: 'green', returned: 'red' } as const;

export function ReviewDrawer({ row, year, state, readOnly, onClose, onChanged }: Props) {
  const { t, lang, date, metricName } = useI18n();
  const cat = useCatalogue();
  const { me } = usePeople();
  const { message } = AntApp.useApp();
  const [files, setFiles] = useState<EvidenceView[] | null>(null);
  const [host, setHost] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [comment, setComment] = useState('');
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const def = cat.byCode.get(row.metric);
  const current = state?.state ?? 'draft';
  const ref = { metric: row.metric, dims: row.dims };
  const comments = useComments(year);
  const target = { kind: 'value' as const, metric: row.metric, dims: row.dims };

  const loadFiles = () => void call('evidence:list', { year, metric: row.metric, dims: row.dims }).then(setFiles, () => setFiles([]));
  useEffect(loadFiles, [row, year]);
  useEffect(() => {
    void call('app:info', {}).then((i) => setHost(i.shell === 'host' ? (i.workspaceDir ?? '') : null));
  }, []);

  const run = async (fn: () => Promise<unknown>, done?: string) => {
    try {
      await fn();
      if (done) void message.success(done);
      onChanged();
      loadFiles();
    } catch (e) {
      void message.error(errorText(lang, e));
    }
  };
  const act = (action: 'submit' | 'approve' | 'return') =>
    run(async () => {
      await call('review:act', { action, year, values: [ref], ...(action === 'return' ? { comment } : {}) });
      setReturning(false);
      setComment('');
    }, t('review.done', { action: t(`state.${action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : 'returned'}`), n: 1 }));
  const chosen = () => (host !== null ? { fileName: fileName.trim() } : {});
  const open = (f: EvidenceView) =>
    run(async () => {
      const r = await call('evidence:open', { id: f.id });
      setNote(r.opened ? t('evidence.opened', { file: f.fileName }) : t('evidence.written', { path: r.path ?? '' }));
    });

  const canSubmit = me !== null && def !== undefined && maySubmit(me, def.owner) && (current === 'draft' || current === 'returned') && row.stored;
  const canValidate = me !== null && mayValidate(me);
  const title = `${metricName(def, row.metric)} · ${dimsLabel(row.dims, cat, lang, t('grid.total'))} · ${year}`;

  const commentsPanel = (
    <CommentsPanel
      year={year}
      target={target}
      comments={comments.of(target)}
      readOnly={readOnly}
      onChanged={() => {
        comments.reload();
        onChanged();
      }}
    />
  );
  // A derived value is reviewed through its inputs: only its comments are here.
  if (row.kind === 'derived') {
    return (
      <Drawer open onClose={onClose} title={title} width={520} data-testid="review-drawer">
        <Divider titlePlacement="start">{t('comments.title')}</Divider>
        {commentsPanel}
      </Drawer>
    );
  }

  return (
    <Drawer open onClose={onClose} title={title} width={520} data-testid="review-drawer">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <Tag color={STATE_COLOR[current]} data-testid="review-state">{t(`state.${current}`)}</Tag>
          {state && <Typography.Text type="secondary">{t('evidence.attached', { by: state.by, at: date(state.at) })}</Typography.Text>}
        </Space>
        {state?.state === 'returned' && state.comment && <Alert type="warning" showIcon message={state.comment} data-testid="review-comment" />}
        {!readOnly && (
          <Space wrap>
            {canSubmit && <Button type="primary" onClick={() => void act('submit')} data-testid="review-submit">{t('review.submit')}</Button>}
            {canValidate && current === 'submitted' && <Button type="primary" onClick={() => void act('approve')} data-testid="review-approve">{t('review.approve')}</Button>}
            {canValidate && (current === 'submitted' || current === 'approved') && <Button danger onClick={() => setReturning(true)} data-testid="review-return">{t('review.return')}</Button>}
          </Space>
        )}
        {returning && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Input.TextArea rows={3} value={comment} maxLength={2000} placeholder={t('review.commentHint')} aria-label={t('review.comment')} onChange={(e) => setComment(e.target.value)} data-testid="review-return-comment" />
            <Button danger type="primary" disabled={comment.trim() === ''} onClick={() => void act('return')} data-testid="review-return-confirm">{t('review.return')}</Button>
          </Space>
        )}
        <Divider titlePlacement="start">{t('comments.title')}</Divider>
        {commentsPanel}
        <Divider titlePlacement="start">{t('evidence.title')}</Divider>
        {note && <Alert type="info" showIcon message={note} closable onClose={() => setNote(null)} data-testid="evidence-note" />}
        <List<EvidenceView>
          size="small"
          loading={files === null}
          dataSource={files ?? []}
          locale={{ emptyText: t('evidence.none') }}
          data-testid="evidence-list"
          renderItem={(f) => (
            <List.Item
              actions={[
                <Button key="open" size="small" type="link" onClick={() => void open(f)} data-testid="evidence-open">{t('evidence.open')}</Button>,
                <Button key="replace" size="small" type="link" disabled={readOnly || (host !== null && fileName.trim() === '')} onClick={() => void run(() => call('evidence:replace', { id: f.id, ...chosen() }))}>{t('evidence.replace')}</Button>,
                <Popconfirm key="remove" title={t('evidence.removeConfirm', { file: f.fileName })} onConfirm={() => void run(() => call('evidence:remove', { id: f.id }))}>
                  <Button size="small" type="link" danger disabled={readOnly}>{t('evidence.remove')}</Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta title={<span data-testid="evidence-name">{f.fileName}</span>} description={`${t('evidence.attached', { by: f.attachedBy, at: date(f.attachedAt) })} · ${f.size < 1024 ? `${f.size} B` : `${(f.size / 1024).toFixed(1)} KB`} · SHA-256 ${f.sha256.slice(0, 12)}…`} />
            </List.Item>
          )}
        />
        {!readOnly && (
          <Space.Compact style={{ width: '100%' }}>
            {host !== null && <Input value={fileName} onChange={(e) => setFileName(e.target.value)} placeholder={t('evidence.fileName', { dir: host })} aria-label={t('evidence.fileName', { dir: host })} data-testid="evidence-file" />}
            <Button disabled={host !== null && fileName.trim() === ''} onClick={() => void run(() => call('evidence:attach', { metric: row.metric, year, dims: row.dims, ...chosen() }))} data-testid="evidence-attach">
              {t('evidence.attach')}
            </Button>
          </Space.Compact>
        )}
      </Space>
    </Drawer>
  );
}
