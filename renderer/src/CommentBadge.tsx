// The comment button of a grid row, a section or a block: a speech bubble with the number of
// open comments (none shown when there are none), opening the comments of that target.
import { Badge, Button } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import { useI18n } from './i18n.js';

export function CommentBadge({ count, onOpen, label }: { count: number; onOpen: () => void; label: string }) {
  const { t } = useI18n();
  return (
    <Button
      size="small"
      type="text"
      onClick={(e) => {
        e.stopPropagation();
        onOpen();
      }}
      aria-label={`${label}: ${t('comments.count', { n: count })}`}
      title={t('comments.count', { n: count })}
      data-testid="comment-badge"
      data-count={count}
    >
      <Badge count={count} size="small" offset={[4, -2]} color="#1677ff">
        <CommentOutlined />
      </Badge>
    </Button>
  );
}
