// One block of a section in the outline editor: its type, move up/down (buttons or Alt+↑/↓
// anywhere inside it) and delete with a confirmation; the type's editor is the child.
import type { ReactNode } from 'react';
import { Button, Popconfirm, Space, Tag } from 'antd';
import type { Block } from '../../shared/report/blocks.js';
import { useI18n } from './i18n.js';

interface Props {
  block: Block;
  index: number;
  count: number;
  readOnly: boolean;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  /** Marks a carried-forward block as reviewed. */
  onConfirm?: () => void;
  /** The block's comment button (open comments on it). */
  comments?: ReactNode;
  children: ReactNode;
}

export function BlockFrame({ block, index, count, readOnly, onMove, onDelete, onConfirm, comments, children }: Props) {
  const { t } = useI18n();
  const typeName = t(`block.type.${block.type}`);
  const carried = block.carriedFrom !== null && block.carriedFrom !== undefined;
  const onKey = (e: React.KeyboardEvent) => {
    if (!e.altKey || readOnly || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' && index > 0) onMove(-1);
    if (e.key === 'ArrowDown' && index < count - 1) onMove(1);
  };
  return (
    <div id={`block-${block.id}`} className="block-frame" tabIndex={0} data-testid="block" data-block={block.id} data-type={block.type} aria-label={typeName} onKeyDown={onKey}>
      <div className="block-head">
        <Tag color="blue">{typeName}</Tag>
        {carried && <Tag color="orange" data-testid="block-carried">{t('edition.carriedTag')}</Tag>}
        {carried && !readOnly && onConfirm && (
          <Button size="small" onClick={onConfirm} data-testid="block-confirm">{t('edition.confirm')}</Button>
        )}
        <span style={{ flex: 1 }} />
        {comments}
        {!readOnly && (
          <Space size={2}>
            <Button size="small" type="text" aria-label={t('block.up')} title={`${t('block.up')} (Alt+↑)`} disabled={index === 0} onClick={() => onMove(-1)}>↑</Button>
            <Button size="small" type="text" aria-label={t('block.down')} title={`${t('block.down')} (Alt+↓)`} disabled={index === count - 1} onClick={() => onMove(1)}>↓</Button>
            <Popconfirm title={t('block.deleteConfirm', { type: typeName })} onConfirm={onDelete} okText={t('edit.delete')} cancelText={t('edit.cancel')}>
              <Button size="small" type="text" danger aria-label={t('block.delete')}>{t('edit.delete')}</Button>
            </Popconfirm>
          </Space>
        )}
      </div>
      {children}
    </div>
  );
}
