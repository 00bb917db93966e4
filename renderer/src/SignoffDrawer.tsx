// The sign-off of the selected year's edition (issue 15, item 5): where approval stands, each
// request with its reviewers' decisions, comments and times; the ESG lead requests approval
// (from chosen reviewers, or all of them), a reviewer named in the open request approves or
// rejects it with a comment. The back end checks every role again; this only hides what the
// person working may not do. Text people typed is shown as text, never as HTML.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Divider, Drawer, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { SignoffGate, SignoffRequestView, SignoffView } from '../../shared/api/contract.js';
import { errorText } from './api-error-text.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';

export const GATE_COLOR: Record<SignoffGate, string> = { approved: 'green', stale: 'orange', open: 'blue', rejected: 'red', none: 'default', not_used: 'default' };
const DECISION_COLOR = { approved: 'green', rejected: 'red', pending: 'default' } as const;

interface Props {
  year: number;
  readOnly: boolean;
  onClose: () => void;
  /** After a request or a decision: the edition bar reloads the gate it shows. */
  onChanged: (view: SignoffView) => void;
}

export function SignoffDrawer({ year, readOnly, onClose, onChanged }: Props) {
  const { t, date, lang } = useI18n();
  const [view, setView] = useState<SignoffView | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setView(await call('signoff:get', { year }));
    } catch (e) {
      setError(errorText(lang, e));
    }
  }, [year, lang]);
  useEffect(() => void load(), [load]);

  const run = async (fn: () => Promise<SignoffView>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      const v = await fn();
      setView(v);
      setDone(message);
      setComment('');
      onChanged(v);
    } catch (e) {
      setError(errorText(lang, e));
    } finally {
      setBusy(false);
    }
  };

  const names = (ids: number[]) => (view?.reviewers ?? []).filter((r) => ids.length === 0 || ids.includes(r.id)).map((r) => r.name).join(lang === 'en' ? ', ' : '、');
  const request = () => run(() => call('signoff:request', { year, ...(chosen.length ? { reviewers: chosen } : {}) }), t('signoff.done.requested', { year, names: names(chosen) }));
  const decide = (decision: 'approved' | 'rejected') =>
    run(() => call('signoff:decide', { year, decision, ...(comment.trim() ? { comment } : {}) }), t(decision === 'approved' ? 'signoff.done.approved' : 'signoff.done.rejected', { year }));
  const open = view?.requests[0]?.status === 'open';

  return (
    <Drawer open onClose={onClose} title={t('signoff.title', { year })} width={560} data-testid="signoff-drawer">
      {view && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Tag color={GATE_COLOR[view.gate]} data-testid="signoff-gate">{t(`signoff.gate.${view.gate}`)}</Tag>
          <div aria-live="polite">
            {done && <Alert type="success" showIcon closable message={done} onClose={() => setDone(null)} data-testid="signoff-done" />}
            {error && <Alert type="error" showIcon message={error} data-testid="signoff-error" />}
          </div>

          {view.mayDecide && !readOnly && (
            <Space direction="vertical" style={{ width: '100%' }} data-testid="signoff-decide">
              <Input.TextArea rows={3} maxLength={2000} value={comment} placeholder={t('signoff.commentHint')} aria-label={t('signoff.comment')} onChange={(e) => setComment(e.target.value)} data-testid="signoff-comment" />
              <Space>
                <Button type="primary" loading={busy} onClick={() => void decide('approved')} data-testid="signoff-approve">{t('signoff.approve')}</Button>
                <Button danger loading={busy} disabled={comment.trim() === ''} onClick={() => void decide('rejected')} data-testid="signoff-reject">{t('signoff.reject')}</Button>
              </Space>
            </Space>
          )}

          {view.gate !== 'not_used' && !readOnly && view.published === null && (
            <>
              <Divider titlePlacement="start">{view.requests.length ? t('signoff.requestAgain') : t('signoff.request')}</Divider>
              {!view.mayRequest ? (
                <Typography.Text type="secondary">{t('signoff.onlyLead')}</Typography.Text>
              ) : view.reviewers.length === 0 ? (
                <Alert type="warning" showIcon message={t('signoff.noReviewers')} />
              ) : (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Text type="secondary">{t('signoff.requestHint')}</Typography.Text>
                  <Select<number[]>
                    mode="multiple"
                    allowClear
                    style={{ width: '100%' }}
                    aria-label={t('signoff.reviewers')}
                    placeholder={t('signoff.reviewersHint')}
                    value={chosen}
                    onChange={setChosen}
                    options={view.reviewers.map((r) => ({ value: r.id, label: r.name }))}
                    data-testid="signoff-reviewers"
                  />
                  <Button type={open ? 'default' : 'primary'} loading={busy} onClick={() => void request()} data-testid="signoff-request">
                    {view.requests.length ? t('signoff.requestAgain') : t('signoff.request')}
                  </Button>
                </Space>
              )}
            </>
          )}

          <Divider titlePlacement="start">{t('signoff.button')}</Divider>
          <List<SignoffRequestView>
            dataSource={view.requests}
            locale={{ emptyText: t('signoff.none') }}
            data-testid="signoff-requests"
            renderItem={(r) => (
              <List.Item data-testid={`signoff-request-${r.id}`}>
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Space wrap>
                    <Tag data-testid="signoff-status">{t(`signoff.status.${r.status}`)}</Tag>
                    <Typography.Text type="secondary">{t('signoff.requested', { id: r.id, name: r.requestedBy, at: date(r.requestedAt) })}</Typography.Text>
                  </Space>
                  {r.changedSince.map((c) => <Alert key={c} type="warning" showIcon message={t(`signoff.changed.${c}`)} />)}
                  {r.reviewers.map((d) => (
                    <div key={d.personId} data-testid="signoff-reviewer" data-name={d.name} data-decision={d.decision ?? 'pending'}>
                      <Space wrap>
                        <Typography.Text strong>{d.name}</Typography.Text>
                        <Tag color={DECISION_COLOR[d.decision ?? 'pending']}>{d.decision ? t('signoff.decidedOn', { decision: t(`signoff.decision.${d.decision}`), at: date(d.decidedAt ?? '') }) : t('signoff.decision.pending')}</Tag>
                      </Space>
                      {d.comment && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="signoff-reviewer-comment">{d.comment}</Typography.Paragraph>}
                    </div>
                  ))}
                </Space>
              </List.Item>
            )}
          />
        </Space>
      )}
    </Drawer>
  );
}
