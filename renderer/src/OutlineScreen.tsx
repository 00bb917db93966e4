// The report outline: add, rename, reorder and remove sections (each change saved at once),
// and the selected section's blocks: add, move, delete; text blocks (rich text, bullet lists,
// case studies) in the rich-text editor, data blocks in a small form.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import type { OutlineView } from '../../shared/api/contract.js';
import { flattenOutline, type Section } from '../../shared/report/outline.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { EditionBar } from './EditionBar.js';
import { useEdition } from './edition-context.js';
import { errorText } from './error-text.js';
import { SectionTitleForm } from './SectionTitleForm.js';
import { useLeaveGuard } from './unsaved-work.js';
import { AddBlockBar } from './AddBlockBar.js';
import { BlockConfigForm } from './BlockConfigForm.js';
import { BlockFrame } from './BlockFrame.js';
import { useCatalogue } from './catalogue-context.js';
import { defaultBlockBody, type AddableBlockType } from '../../shared/report/block-defaults.js';
import type { Block } from '../../shared/report/blocks.js';
import { commentKey, type CommentTarget } from '../../shared/review/comments.js';
import { CommentBadge } from './CommentBadge.js';
import { CommentsDrawer } from './CommentsDrawer.js';
import { useComments } from './use-comments.js';

// TipTap is loaded when a text block is first shown.
const RichTextBlockEditor = lazy(() => import('./RichTextBlockEditor.js').then((m) => ({ default: m.RichTextBlockEditor })));

interface Props {
  year: number;
  revision: number;
  readOnly: boolean;
  onChanged: () => void;
  /** A jump from a check finding: the section to select (n: a new jump each time). */
  focus?: { sectionId: string; n: number } | null;
}

export function OutlineScreen({ year, revision, readOnly, onChanged, focus }: Props) {
  const { t, lang } = useI18n();
  const { refresh: refreshEdition, workspaceReadOnly } = useEdition();
  const cat = useCatalogue();
  const [outline, setOutline] = useState<OutlineView | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const leave = useLeaveGuard();
  const comments = useComments(year, revision);
  const [commenting, setCommenting] = useState<{ target: CommentTarget; title: string } | null>(null);
  const countOf = (target: CommentTarget) => comments.counts.get(commentKey(target)) ?? 0;

  const load = useCallback(async () => {
    try {
      setOutline(await call('outline:get', { year }));
    } catch (e) {
      setError(errorText(e, t, lang));
    }
  }, [year, t]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (focus) setSelected(focus.sectionId);
  }, [focus]);

  const rows = useMemo(() => (outline ? flattenOutline(outline.sections) : []), [outline]);
  const current = rows.find((r) => r.section.id === selected)?.section ?? null;
  const titleOf = (s: Section) => (lang === 'en' ? s.titleEn : s.titleZh);
  const siblings = (s: Section) => rows.map((r) => r.section).filter((x) => x.parentId === s.parentId);

  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await load();
      refreshEdition();
    } catch (e) {
      setError(errorText(e, t, lang));
    }
  };

  const move = (s: Section, delta: -1 | 1) => {
    const sib = siblings(s);
    const index = sib.findIndex((x) => x.id === s.id) + delta;
    if (index < 0 || index >= sib.length) return;
    void run(() => call('outline:move-section', { year, id: s.id, position: index }));
  };

  const add = (parentId: string | null) =>
    void run(async () => {
      const s = await call('outline:add-section', { year, parentId, titleZh: t('outline.newTitleZh'), titleEn: t('outline.newTitleEn') });
      setSelected(s.id);
      setRenaming(true);
    });

  const onRowKey = (e: React.KeyboardEvent, s: Section) => {
    if (e.altKey && e.key === 'ArrowUp') {
      e.preventDefault();
      if (!readOnly) move(s, -1);
    } else if (e.altKey && e.key === 'ArrowDown') {
      e.preventDefault();
      if (!readOnly) move(s, 1);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const i = rows.findIndex((r) => r.section.id === s.id) + (e.key === 'ArrowDown' ? 1 : -1);
      const next = rows[i];
      if (next)
        void leave().then((ok) => {
          if (!ok) return;
          setSelected(next.section.id);
          document.getElementById(`outline-${next.section.id}`)?.focus();
        });
    } else if (e.key === 'F2' && !readOnly) {
      setSelected(s.id);
      setRenaming(true);
    }
  };

  const blocks = (outline?.blocks ?? []).filter((b) => b.sectionId === selected).sort((a, b) => a.position - b.position);

  const addBlock = (type: AddableBlockType) =>
    void run(async () => {
      if (!current) return;
      const metric = cat.view.metrics.find((m) => m.kind !== 'factor')?.code ?? 'energy.electricity';
      const b = await call('block:add', { year, sectionId: current.id, body: defaultBlockBody(type, metric) });
      requestAnimationFrame(() => document.getElementById(`block-${b.id}`)?.scrollIntoView({ block: 'nearest' }));
    });
  const moveBlock = (b: Block, index: number, delta: -1 | 1) =>
    void run(async () => {
      await call('block:move', { year, id: b.id, position: index + delta });
      requestAnimationFrame(() => document.getElementById(`block-${b.id}`)?.focus());
    });
  const isText = (b: Block) => b.type === 'rich_text' || b.type === 'bullet_list' || b.type === 'case_study';

  return (
    <div className="screen" data-testid="outline-screen" style={{ flexDirection: 'row', alignItems: 'stretch' }}>
      <nav aria-label={t('outline.title')} style={{ width: 380, flex: 'none', display: 'flex', flexDirection: 'column', gap: 8, overflow: 'auto' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('outline.title')}</Typography.Title>
        <EditionBar readOnly={workspaceReadOnly} onChanged={() => { void load(); onChanged(); }} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('outline.hint')}</Typography.Text>
        <Space wrap>
          <Button size="small" onClick={() => add(null)} disabled={readOnly}>{t('outline.add')}</Button>
          <Button size="small" onClick={() => current && add(current.id)} disabled={readOnly || !current}>{t('outline.addSub')}</Button>
        </Space>
        <div role="listbox" aria-label={t('outline.title')} data-testid="outline-list">
          {rows.map(({ section: s, depth }) => {
            const sib = siblings(s);
            const index = sib.findIndex((x) => x.id === s.id);
            return (
              <div
                key={s.id}
                id={`outline-${s.id}`}
                role="option"
                aria-selected={s.id === selected}
                tabIndex={s.id === selected || (!selected && depth === 0 && index === 0) ? 0 : -1}
                className={`outline-row${s.id === selected ? ' selected' : ''}`}
                style={{ paddingLeft: 4 + depth * 16 }}
                data-testid="outline-row"
                data-section={s.id}
                onClick={() => {
                  if (s.id === selected) return;
                  void leave().then((ok) => {
                    if (!ok) return;
                    setSelected(s.id);
                    setRenaming(false);
                  });
                }}
                onKeyDown={(e) => onRowKey(e, s)}
              >
                <span className="outline-title">{s.label ? `${s.label} ` : ''}{titleOf(s)}</span>
                {(countOf({ kind: 'section', sectionId: s.id }) > 0 || s.id === selected) && (
                  <CommentBadge count={countOf({ kind: 'section', sectionId: s.id })} label={titleOf(s)} onOpen={() => setCommenting({ target: { kind: 'section', sectionId: s.id }, title: `${s.label ? `${s.label} ` : ''}${titleOf(s)}` })} />
                )}
                {s.id === selected && !readOnly && (
                  <>
                    <Button size="small" type="text" aria-label={t('outline.up')} title={`${t('outline.up')} (Alt+↑)`} disabled={index === 0} onClick={(e) => { e.stopPropagation(); move(s, -1); }}>↑</Button>
                    <Button size="small" type="text" aria-label={t('outline.down')} title={`${t('outline.down')} (Alt+↓)`} disabled={index === sib.length - 1} onClick={(e) => { e.stopPropagation(); move(s, 1); }}>↓</Button>
                  </>
                )}
              </div>
            );
          })}
        </div>
      </nav>
      <section style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 12, overflow: 'auto', paddingLeft: 16, borderLeft: '1px solid #f0f0f0' }}>
        <div aria-live="polite">{error && <Alert type="error" showIcon message={error} closable onClose={() => setError(null)} />}</div>
        {!current ? (
          <Empty description={t('outline.hint')} />
        ) : (
          <>
            <Space wrap align="center">
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="section-title">{titleOf(current)}</Typography.Title>
              <Tag>{t(`outline.kind.${current.kind}`)}</Tag>
              {!renaming && <Button size="small" onClick={() => setRenaming(true)} disabled={readOnly} title="F2">{t('outline.rename')}</Button>}
              <Popconfirm title={t('outline.removeConfirm', { title: titleOf(current) })} onConfirm={() => void run(async () => { await call('outline:remove-section', { year, id: current.id }); setSelected(null); })} okText={t('outline.remove')} cancelText={t('outline.cancel')}>
                <Button size="small" danger disabled={readOnly}>{t('outline.remove')}</Button>
              </Popconfirm>
            </Space>
            {renaming && (
              <SectionTitleForm
                key={current.id}
                section={current}
                onCancel={() => setRenaming(false)}
                onSave={(titleZh, titleEn) => void run(async () => { await call('outline:rename-section', { year, id: current.id, titleZh, titleEn }); setRenaming(false); })}
              />
            )}
            <Typography.Title level={5} style={{ margin: 0 }}>{t('outline.blocks', { title: titleOf(current) })}</Typography.Title>
            {blocks.length === 0 && <Typography.Text type="secondary">{t('outline.noBlocks')}</Typography.Text>}
            <Space wrap>
              <AddBlockBar disabled={readOnly} onAdd={addBlock} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('block.hint')}</Typography.Text>
            </Space>
            {blocks.map((b, i) => (
              <BlockFrame key={b.id} block={b} index={i} count={blocks.length} readOnly={readOnly} comments={<CommentBadge count={countOf({ kind: 'block', blockId: b.id })} label={t(`block.type.${b.type}`)} onOpen={() => setCommenting({ target: { kind: 'block', blockId: b.id }, title: `${current.label ? `${current.label} ` : ''}${titleOf(current)}` })} />} onMove={(d) => moveBlock(b, i, d)} onDelete={() => void run(() => call('block:delete', { year, id: b.id }))} onConfirm={() => void run(() => call('block:confirm', { year, id: b.id }))}>
                {isText(b) ? (
                  <Suspense fallback={null}>
                    <RichTextBlockEditor block={b} year={year} readOnly={readOnly} onSaved={() => { void load(); refreshEdition(); }} />
                  </Suspense>
                ) : (
                  <BlockConfigForm block={b} year={year} readOnly={readOnly} onSaved={() => { void load(); refreshEdition(); }} />
                )}
              </BlockFrame>
            ))}
          </>
        )}
      </section>
      {commenting && <CommentsDrawer year={year} target={commenting.target} title={commenting.title} comments={comments} readOnly={workspaceReadOnly} onClose={() => setCommenting(null)} />}
    </div>
  );
}
