// One register (materiality topics, stakeholders, climate items, qualitative targets) as a
// table: an add button above, edit and delete on each row, and the form that edits a row.
import { useState, type CSSProperties, type ReactNode } from 'react';
import { Button, Popconfirm, Space, Table } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { EditableRegister } from '../../shared/api/contract.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useEdition } from './edition-context.js';
import { RegisterEditModal, type RegisterEdit } from './RegisterEditModal.js';

interface Props<T> {
  kind: EditableRegister;
  rows: T[];
  /** The field the server looks a row up by, for edits and deletes. */
  rowKey: keyof T & string;
  columns: ColumnType<T>[];
  /** The row as named in the delete confirmation. */
  name: (row: T) => string;
  readOnly: boolean;
  /** After a change was written, or with the reason it was refused. */
  onChanged: (error?: string) => void;
  /** Shown above the add button (the materiality matrix). */
  header?: ReactNode;
  style?: CSSProperties;
  testId?: string;
}

export function RegisterTable<T extends object>({ kind, rows, rowKey, columns, name, readOnly, onChanged, header, style, testId }: Props<T>) {
  const { t } = useI18n();
  const { year } = useEdition();
  const [edit, setEdit] = useState<RegisterEdit | null>(null);
  const actions: ColumnType<T> = {
    title: t('edit.actions'),
    key: 'actions',
    width: 150,
    render: (_, x) => (
      <Space size={4}>
        <Button size="small" disabled={readOnly} onClick={() => setEdit({ kind, row: x as Record<string, unknown> })}>{t('edit.edit')}</Button>
        <Popconfirm title={t('edit.deleteConfirm', { name: name(x) })} okText={t('edit.delete')} cancelText={t('edit.cancel')}
          onConfirm={() => void call('register:delete', { year, kind, key: String(x[rowKey]) }).then(() => onChanged(), (e: Error) => onChanged(e.message))}>
          <Button size="small" danger disabled={readOnly}>{t('edit.delete')}</Button>
        </Popconfirm>
      </Space>
    ),
  };
  return (
    <>
      <Space direction="vertical" style={{ width: '100%' }}>
        {header}
        <Button size="small" disabled={readOnly} onClick={() => setEdit({ kind, row: null })} style={{ alignSelf: 'flex-start' }}>
          {t('edit.add')}
        </Button>
        <Table<T> size="small" rowKey={rowKey} pagination={false} dataSource={rows} style={style} data-testid={testId} columns={[...columns, actions]} />
      </Space>
      {/* The form is a modal: it opens over the screen, outside the tab's layout. */}
      {edit && <RegisterEditModal edit={edit} onClose={() => setEdit(null)} onSaved={() => { setEdit(null); onChanged(); }} />}
    </>
  );
}
