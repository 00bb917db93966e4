// The comments of one value, section or block: each thread with its author and time, the
// passage a Word comment was anchored to, its replies, and resolve / reopen; a box to add
// one. Text is shown as plain text (React escapes it; line breaks kept), never as HTML.
import { useState } from 'react';
import { App as AntApp, Button, Checkbox, Empty, Input, Space, Tag, Typography } from 'antd';
import type { CommentView } from '../../shared/api/contract.js';
import type { CommentTarget } from '../../shared/review/comments.js';
import { call } from './api.js';
import { errorText } from './api-error-text.js';
import { useI18n } from './i18n.js';

interface Props {
  year: number;
  target: CommentTarget;
  /** This target's comments (roots and replies, in order). */
  comments: CommentView[];
  readOnly: boolean;
  onChanged: () => void;
}

function Thread({ root, replies, readOnly, run }: { root: CommentView; replies: CommentView[]; readOnly: boolean; run: (fn: () => Promise<unknown>) => Promise<boolean> }) {
  const { t, date } = useI18n();
  const [reply, setReply] = useState('');
  const [replying, setReplying] = useState(false);
  const resolved = root.resolvedAt !== null;
  const body = (c: CommentView) => (
    <>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('comments.by', { author: c.author, at: date(c.createdAt) })}
      </Typography.Text>
      {c.origin === 'word' && <Tag style={{ marginInlineStart: 6 }}>{t('comments.fromWord')}</Tag>}
      {c.quote && <div><Typography.Text type="secondary" italic>{t('comments.quote', { quote: c.quote })}</Typography.Text></div>}
      <div style={{ whiteSpace: 'pre-wrap' }} data-testid="comment-text">{c.text}</div>
    </>
  );
  return (
    <div className="comment-thread" data-testid="comment-thread" data-resolved={resolved ? 'yes' : 'no'} style={{ borderInlineStart: `3px solid ${resolved ? '#d9d9d9' : '#1677ff'}`, paddingInlineStart: 8, marginBottom: 12, opacity: resolved ? 0.7 : 1 }}>
      {body(root)}
      {replies.map((r) => (
        <div key={r.id} style={{ marginInlineStart: 16, marginTop: 6 }} data-testid="comment-reply">{body(r)}</div>
      ))}
      <Space size={4} wrap style={{ marginTop: 4 }}>
        {resolved ? (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="comment-resolved">{t('comments.resolved', { by: root.resolvedBy ?? '', at: date(root.resolvedAt ?? '') })}</Typography.Text>
            {!readOnly && <Button size="small" type="link" onClick={() => void run(() => call('comments:reopen', { id: root.id }))} data-testid="comment-reopen">{t('comments.reopen')}</Button>}
          </>
        ) : (
          !readOnly && (
            <>
              <Button size="small" type="link" onClick={() => void run(() => call('comments:resolve', { id: root.id }))} data-testid="comment-resolve">{t('comments.resolve')}</Button>
              <Button size="small" type="link" onClick={() => setReplying((v) => !v)} data-testid="comment-reply-open">{t('comments.reply')}</Button>
            </>
          )
        )}
      </Space>
      {replying && !resolved && (
        <Space.Compact style={{ width: '100%' }}>
          <Input value={reply} maxLength={4000} placeholder={t('comments.replyPlaceholder')} aria-label={t('comments.replyPlaceholder')} onChange={(e) => setReply(e.target.value)} data-testid="comment-reply-text" />
          <Button
            disabled={reply.trim() === ''}
            onClick={() =>
              void run(() => call('comments:add', { year: root.year, target: plain(root.target), text: reply, replyTo: root.id })).then((ok) => {
                if (!ok) return;
                setReply('');
                setReplying(false);
              })
            }
            data-testid="comment-reply-send"
          >
            {t('comments.reply')}
          </Button>
        </Space.Compact>
      )}
    </div>
  );
}

const plain = (t: CommentView['target']): CommentTarget =>
  t.kind === 'value' ? { kind: 'value', metric: t.metric, dims: t.dims } : t.kind === 'section' ? { kind: 'section', sectionId: t.sectionId } : { kind: 'block', blockId: t.blockId };

export function CommentsPanel({ year, target, comments, readOnly, onChanged }: Props) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const [text, setText] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const run = async (fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      await fn();
      onChanged();
      return true;
    } catch (e) {
      void message.error(errorText(lang, e));
      return false;
    }
  };
  const roots = comments.filter((c) => c.parentId === null);
  const shown = roots.filter((c) => showResolved || c.resolvedAt === null);
  const anyResolved = roots.some((c) => c.resolvedAt !== null);
  return (
    <div data-testid="comments-panel">
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('comments.none')} />
      ) : (
        shown.map((r) => <Thread key={r.id} root={r} replies={comments.filter((c) => c.parentId === r.id)} readOnly={readOnly} run={run} />)
      )}
      {anyResolved && (
        <Checkbox checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} data-testid="comments-show-resolved">{t('comments.showResolved')}</Checkbox>
      )}
      {!readOnly && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Input.TextArea rows={2} value={text} maxLength={4000} placeholder={t('comments.placeholder')} aria-label={t('comments.placeholder')} onChange={(e) => setText(e.target.value)} data-testid="comment-new-text" />
          <Button
            type="primary"
            disabled={text.trim() === ''}
            onClick={() =>
              void run(() => call('comments:add', { year, target, text })).then((ok) => {
                if (!ok) return;
                setText('');
                void message.success(t('comments.added'));
              })
            }
            data-testid="comment-add"
          >
            {t('comments.add')}
          </Button>
        </Space>
      )}
    </div>
  );
}
