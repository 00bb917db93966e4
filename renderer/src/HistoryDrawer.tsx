import { useEffect, useState } from 'react';
import { Drawer, Empty, Timeline, Typography } from 'antd';
import type { GridRow, HistoryEntry } from '../../shared/api/contract.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';
import { dimsLabel } from './dims-label.js';
import { historyContextText, historyValueText } from '../../shared/i18n/history-text.js';

interface Props {
  row: GridRow;
  year: number;
  revision: number;
  onClose: () => void;
}

export function HistoryDrawer({ row, year, revision, onClose }: Props) {
  const { t, lang, date, metricName, unit } = useI18n();
  const cat = useCatalogue();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    void call('value:history', { metric: row.metric, year, dims: row.dims }).then(setEntries, () => setEntries([]));
  }, [row, year, revision]);
  const colon = lang === 'zh-Hant' ? '：' : ': ';
  const name = `${metricName(cat.byCode.get(row.metric), row.metric)} · ${dimsLabel(row.dims, cat, lang, t('grid.total'))} · ${year}`;
  return (
    <Drawer open onClose={onClose} title={t('history.title', { metric: name })} width={520} data-testid="history-drawer">
      {entries && entries.length === 0 && <Empty description={t('history.empty')} />}
      {entries && entries.length > 0 && (
        <Timeline
          items={entries.map((e) => ({
            color: e.action === 'delete' ? 'red' : e.action === 'insert' ? 'green' : 'blue',
            children: (
              <div data-testid="history-entry">
                <Typography.Text strong>{t(`history.${e.action}`)}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {date(e.at)} · {t('history.by', { actor: '' })}<span className="user-text">{e.actor}</span>
                  {e.context ? ` · ${historyContextText(lang, e.context)}` : ''}
                </Typography.Text>
                {e.old && (
                  <div>
                    {t('history.from')}{colon}<Typography.Text delete className="user-text">{historyValueText(lang, e.old, unit)}</Typography.Text>
                  </div>
                )}
                {e.new && (
                  <div>
                    {t('history.to')}{colon}<Typography.Text className="user-text">{historyValueText(lang, e.new, unit)}</Typography.Text>
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
