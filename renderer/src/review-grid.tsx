// The data grid's review column: each value's state, evidence count and open comments, loaded
// per year (`review:states`, `evidence:list`, `comments:list`) and looked up by row id, so
// that a state change redraws this column only, not the 48,000 rows' other cells.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Tag } from 'antd';
import { CommentOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { ICellRendererParams } from 'ag-grid-community';
import type { GridRow, ValueStateRow } from '../../shared/api/contract.js';
import { dimsKey } from '../../shared/dimensions.js';
import { call } from './api.js';
import type { I18n } from './i18n.js';
import { STATE_COLOR } from './ReviewDrawer.js';

export interface ReviewIndex {
  states: Map<string, ValueStateRow>;
  evidence: Map<string, number>;
  /** Open comment threads per row id. */
  comments: Map<string, number>;
}

const idOf = (metric: string, dims: Record<string, string>) => `${metric}|${dimsKey(dims)}`;

/** The year's states and evidence counts by row id; `reload` after a change, `version` bumps with each load. */
export function useReviewIndex(year: number, revision: number) {
  const index = useRef<ReviewIndex>({ states: new Map(), evidence: new Map(), comments: new Map() });
  const [version, setVersion] = useState(0);
  const [rev, setRev] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all([call('review:states', { year }), call('evidence:list', { year }), call('comments:list', { year, open: true })]).then(
      ([states, files, notes]) => {
        if (!live) return;
        const evidence = new Map<string, number>();
        for (const f of files) evidence.set(idOf(f.metric, f.dims), (evidence.get(idOf(f.metric, f.dims)) ?? 0) + 1);
        const comments = new Map<string, number>();
        for (const c of notes) if (c.parentId === null && c.target.kind === 'value') comments.set(idOf(c.target.metric, c.target.dims), (comments.get(idOf(c.target.metric, c.target.dims)) ?? 0) + 1);
        index.current = { states: new Map(states.map((s) => [idOf(s.metric, s.dims), s])), evidence, comments };
        setVersion((v) => v + 1);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [year, revision, rev]);
  const reload = useCallback(() => setRev((r) => r + 1), []);
  return { index, version, reload };
}

/** What the review cell shows: a key that changes when the state or the count does. */
export const reviewKey = (ix: ReviewIndex, id: string) => `${ix.states.get(id)?.state ?? 'draft'}|${ix.evidence.get(id) ?? 0}|${ix.comments.get(id) ?? 0}`;

/** Drawn from the cell's value (reviewKey), so the grid's refresh of the column redraws it. */
export function ReviewCell({ data, value, i18n, onOpen }: ICellRendererParams<GridRow, string> & { i18n: I18n; onOpen: (row: GridRow) => void }) {
  if (!data) return null;
  const [s = 'draft', count = '0', notes = '0'] = (value ?? '').split('|');
  const state = (s in STATE_COLOR ? s : 'draft') as keyof typeof STATE_COLOR;
  const n = Number(count);
  const c = Number(notes);
  // A derived value has no state or evidence of its own; reviewers still comment on it.
  if (data.kind === 'derived') {
    return (
      <Button size="small" type="text" onClick={() => onOpen(data)} data-testid="review-cell" data-derived="yes" aria-label={i18n.t('comments.count', { n: c })} title={i18n.t('comments.count', { n: c })} style={{ padding: 0 }}>
        <span data-testid={c > 0 ? 'comment-count' : undefined} style={{ color: c > 0 ? undefined : '#bfbfbf' }}>
          <CommentOutlined />
          {c > 0 ? c : ''}
        </span>
      </Button>
    );
  }
  return (
    <Button size="small" type="text" onClick={() => onOpen(data)} data-testid="review-cell" data-state={state} style={{ padding: 0 }}>
      <Tag color={STATE_COLOR[state]} style={{ marginInlineEnd: 4 }}>{i18n.t(`state.${state}`)}</Tag>
      {n > 0 && (
        <span title={i18n.t('evidence.count', { n })} data-testid="evidence-count">
          <PaperClipOutlined />
          {n}
        </span>
      )}
      {c > 0 && (
        <span title={i18n.t('comments.count', { n: c })} data-testid="comment-count" style={{ marginInlineStart: 4 }}>
          <CommentOutlined />
          {c}
        </span>
      )}
    </Button>
  );
}
