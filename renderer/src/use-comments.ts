// The year's comments (values, sections, blocks) and the open count per target, loaded with
// `comments:list`; `reload` after a change. The outline and the grid both count from here.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CommentView } from '../../shared/api/contract.js';
import { commentKey, openCounts, type CommentTarget } from '../../shared/review/comments.js';
import { call } from './api.js';

export interface CommentsState {
  list: CommentView[];
  /** Open threads per target key (commentKey). */
  counts: Map<string, number>;
  reload: () => void;
  /** The threads of one target, roots first with their replies after each. */
  of: (t: CommentTarget) => CommentView[];
}

export function useComments(year: number, revision = 0): CommentsState {
  const [list, setList] = useState<CommentView[]>([]);
  const [rev, setRev] = useState(0);
  useEffect(() => {
    let live = true;
    void call('comments:list', { year }).then(
      (l) => live && setList(l),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [year, revision, rev]);
  const reload = useCallback(() => setRev((r) => r + 1), []);
  const counts = useMemo(() => openCounts(list), [list]);
  const of = useCallback((t: CommentTarget) => {
    const k = commentKey(t);
    return list.filter((c) => commentKey(c.target) === k);
  }, [list]);
  return { list, counts, reload, of };
}
