// A target's progress with its path: the bar is progress toward the target, the marker is
// where a linear path from the baseline year to the target year stands this year.
import { Progress, Tooltip } from 'antd';
import type { TargetView } from '../../shared/api/contract.js';
import { useI18n } from './i18n.js';

const clamp = (v: number) => Math.max(0, Math.min(100, v));

export function TargetProgressBar({ target }: { target: TargetView }) {
  const { t, num } = useI18n();
  const pct = (v: number) => `${num(v, 1)}%`;
  const value = target.progressPct ?? target.attainmentPct;
  if (value === null) return null;
  const color = target.status === 'achieved' ? '#389e0d' : target.status === 'on_track' ? '#1677ff' : target.status === 'off_track' ? '#d4380d' : '#8c8c8c';
  const label = target.progressPct !== null ? pct(target.progressPct) : t('targets.attainment', { pct: pct(value) });
  return (
    <div data-testid="target-progress">
      <div className="target-bar">
        <Progress percent={clamp(value)} showInfo={false} strokeColor={color} aria-label={label} style={{ margin: 0 }} />
        {target.elapsedPct !== null && target.progressPct !== null && (
          <Tooltip title={t('targets.path', { pct: pct(target.elapsedPct) })}>
            <span className="target-path" style={{ left: `calc(${clamp(target.elapsedPct)}% - 1px)` }} aria-label={t('targets.path', { pct: pct(target.elapsedPct) })} />
          </Tooltip>
        )}
      </div>
      <div style={{ fontSize: 12 }}>
        {label}
        {target.elapsedPct !== null && target.progressPct !== null && <span style={{ color: '#8c8c8c' }}> · {t('targets.path', { pct: pct(target.elapsedPct) })}</span>}
      </div>
    </div>
  );
}
