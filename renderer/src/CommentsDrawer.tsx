// The comments of a section or block of the outline, in a drawer.
import { Drawer } from 'antd';
import type { CommentTarget } from '../../shared/review/comments.js';
import { CommentsPanel } from './CommentsPanel.js';
import { useI18n } from './i18n.js';
import type { CommentsState } from './use-comments.js';

interface Props {
  year: number;
  target: CommentTarget;
  /** What the drawer's title names: the section, or the block's section. */
  title: string;
  comments: CommentsState;
  readOnly: boolean;
  onClose: () => void;
}

export function CommentsDrawer({ year, target, title, comments, readOnly, onClose }: Props) {
  const { t } = useI18n();
  return (
    <Drawer open onClose={onClose} width={480} title={`${t('comments.title')} · ${target.kind === 'block' ? t('comments.block', { title }) : t('comments.section', { title })}`} data-testid="comments-drawer">
      <CommentsPanel year={year} target={target} comments={comments.of(target)} readOnly={readOnly} onChanged={comments.reload} />
    </Drawer>
  );
}
