// The derived KPIs of a year against the earlier years, each with a small chart; a click
// on a card shows how the value is calculated.
import { useEffect, useMemo, useState } from 'react';
import { Card, Col, Input, Row, Segmented, Tag, Typography } from 'antd';
import type { KpiOverview } from '../../shared/api/contract.js';
import { BIG_CHANGE_PCT } from '../../shared/api/contract.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';
import { KpiChart } from './KpiChart.js';
import { TraceDrawer } from './TraceDrawer.js';

interface Props {
  year: number;
  revision: number;
}

export function KpiOverviewScreen({ year, revision }: Props) {
  const { t, num, pct, metricName, lang, unit } = useI18n();
  const cat = useCatalogue();
  const [data, setData] = useState<KpiOverview | null>(null);
  const [area, setArea] = useState('');
  const [search, setSearch] = useState('');
  const [trace, setTrace] = useState<string | null>(null);
  useEffect(() => {
    void call('kpi:overview', { year }).then(setData, () => setData(null));
  }, [year, revision]);

  const areas = useMemo(() => [...new Set(data?.kpis.map((k) => k.area) ?? [])], [data]);
  const q = search.trim().toLowerCase();
  const kpis = (data?.kpis ?? []).filter((k) => {
    const def = cat.byCode.get(k.metric);
    if (area && k.area !== area) return false;
    return !q || [k.metric, def?.nameEn ?? '', def?.nameZh ?? ''].some((s) => s.toLowerCase().includes(q));
  });

  return (
    <div className="screen" data-testid="kpi-overview">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('kpi.title', { year })}</Typography.Title>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Input.Search allowClear placeholder={t('grid.search')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 320 }} aria-label={t('grid.search')} />
        <Segmented aria-label={t('grid.area')} value={area} onChange={(v) => setArea(String(v))} options={[{ value: '', label: t('grid.all') }, ...areas.map((a) => ({ value: a, label: t(`area.${a}` as never) }))]} />
      </div>
      <Row gutter={[12, 12]}>
        {kpis.map((k) => {
          const def = cat.byCode.get(k.metric);
          const cur = k.points.find((p) => p.year === year)?.value ?? null;
          const prev = k.points.find((p) => p.year === year - 1)?.value ?? null;
          const change = cur !== null && prev !== null && prev !== 0 ? ((cur - prev) / Math.abs(prev)) * 100 : null;
          return (
            <Col key={k.metric} xs={24} sm={12} lg={8} xxl={6}>
              <Card
                size="small"
                className="kpi-card"
                hoverable
                onClick={() => setTrace(k.metric)}
                title={metricName(def, k.metric)}
                data-testid={`kpi-${k.metric}`}
                extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{unit(k.unit)}</Typography.Text>}
              >
                <div className="kpi-value" data-testid="kpi-value">{cur === null ? <Typography.Text type="secondary">{t('kpi.notAvailable')}</Typography.Text> : num(cur, def?.decimals ?? 2)}</div>
                <div style={{ minHeight: 22 }}>
                  {change !== null && (
                    <Tag color={Math.abs(change) >= BIG_CHANGE_PCT ? 'red' : 'default'}>
                      {pct(change)} {t('kpi.vsPrior', { year: year - 1 })}
                    </Tag>
                  )}
                </div>
                <KpiChart key={lang} points={k.points} highlightYear={year} format={(v) => num(v, def?.decimals ?? 2)} />
              </Card>
            </Col>
          );
        })}
      </Row>
      {trace && <TraceDrawer metric={trace} dims={{}} year={year} revision={revision} onClose={() => setTrace(null)} />}
    </div>
  );
}
