// Adding a block to the selected section: choose its type, then add it with defaults in both
// languages (a KPI table or trend chart starts with the first metric of the catalogue).
import { useState } from 'react';
import { Button, Select, Space } from 'antd';
import { ADDABLE_BLOCK_TYPES, type AddableBlockType } from '../../shared/report/block-defaults.js';
import { useI18n } from './i18n.js';

export function AddBlockBar({ disabled, onAdd }: { disabled: boolean; onAdd: (type: AddableBlockType) => void }) {
  const { t } = useI18n();
  const [type, setType] = useState<AddableBlockType>('rich_text');
  return (
    <Space.Compact data-testid="add-block">
      <Select<AddableBlockType>
        aria-label={t('block.add')}
        value={type}
        onChange={setType}
        style={{ width: 220 }}
        disabled={disabled}
        options={ADDABLE_BLOCK_TYPES.map((x) => ({ value: x, label: t(`block.type.${x}`) }))}
      />
      <Button onClick={() => onAdd(type)} disabled={disabled}>{t('block.add')}</Button>
    </Space.Compact>
  );
}
