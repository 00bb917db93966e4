// Validation of targets files (CSV: code,metric,baseline_year,target_year,type,target_value,
// title_zh,title_en). reduction_pct 8 means −8% against the baseline.
import type { MetricDef } from '../catalogue.js';
import { TARGET_TYPES, type Target, type TargetType } from '../domain.js';
import { msg, type Message } from '../i18n/messages.js';
import type { CsvTable } from './csv.js';
import { checkHeader, type ImportProblem } from './data-package.js';
import { checkYear, readNumber, suggestCode } from './validate-value.js';

export const TARGET_COLUMNS = ['code', 'metric', 'baseline_year', 'target_year', 'type', 'target_value', 'title_zh', 'title_en'] as const;

export interface ParsedTarget {
  file: string;
  line: number;
  target: Target;
}

export function parseTargetsFile(file: string, table: CsvTable, metrics: ReadonlyMap<string, MetricDef>): { targets: ParsedTarget[]; problems: ImportProblem[] } {
  const problems = checkHeader(file, table.header, TARGET_COLUMNS.slice(0, 6), TARGET_COLUMNS.slice(6));
  for (const p of table.problems) problems.push({ file, line: p.line, message: p.message });
  if (problems.length) return { targets: [], problems };
  const targets: ParsedTarget[] = [];
  if (table.records.length === 0) return { targets, problems: [{ file, line: 2, message: msg('csv.no_rows', { kind: 'targets' }) }] };
  for (const rec of table.records) {
    const cell = (name: string): string => (rec.cells[table.header.indexOf(name)] ?? '').trim();
    const r = validateTargetFields(cell, metrics);
    const errs = r.errors.map((e) => e.message);
    if (rec.cells.length !== table.header.length) errs.unshift(msg('csv.field_count', { found: rec.cells.length, expected: table.header.length }));
    if (errs.length || !r.target) {
      const metric = cell('metric');
      problems.push({ file, line: rec.line, metric: metric || undefined, message: errs.length === 1 ? (errs[0] as Message) : msg('many', { items: errs }) });
      continue;
    }
    targets.push({ file, line: rec.line, target: r.target });
  }
  return { targets, problems };
}

export type TargetField = (typeof TARGET_COLUMNS)[number] | 'row';

/**
 * The one validation of a quantitative target, from its fields as typed (a targets file row,
 * or the targets editor's form): each refusal names its field.
 */
export function validateTargetFields(cell: (name: (typeof TARGET_COLUMNS)[number]) => string, metrics: ReadonlyMap<string, MetricDef>): { target?: Target; errors: { field: TargetField; message: Message }[] } {
  const errors: { field: TargetField; message: Message }[] = [];
  const err = (field: TargetField, message: Message) => errors.push({ field, message });
  const code = cell('code');
  const metric = cell('metric');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code)) err('code', msg('target.code_format', { code }));
  const def = metrics.get(metric);
  if (!def) err('metric', msg('value.metric_unknown', { metric, suggestion: suggestCode(metric, metrics.keys()) ?? null }));
  const by = checkYear(cell('baseline_year'));
  const ty = checkYear(cell('target_year'));
  if (!by.ok) err('baseline_year', msg('field', { field: 'baseline_year', item: by.problem }));
  if (!ty.ok) err('target_year', msg('field', { field: 'target_year', item: ty.problem }));
  if (by.ok && ty.ok && ty.value <= by.value) err('target_year', msg('target.years_order', { baselineYear: by.value, targetYear: ty.value }));
  const type = cell('type');
  if (!(TARGET_TYPES as readonly string[]).includes(type)) err('type', msg('target.type_unknown', { type, types: TARGET_TYPES.join(', ') }));
  const tv = readNumber(cell('target_value'));
  if (tv === undefined) err('target_value', msg('target.value_not_number', { text: cell('target_value') }));
  else for (const m of checkTargetValue(type, tv, def)) err('target_value', m);
  if (errors.length || !by.ok || !ty.ok || tv === undefined) return { errors };
  return {
    errors,
    target: {
      code,
      metric,
      baselineYear: by.value,
      targetYear: ty.value,
      type: type as TargetType,
      targetValue: tv,
      titleZh: cell('title_zh'),
      titleEn: cell('title_en'),
    },
  };
}

/**
 * What a target's value may be for its type and metric: a reduction is a percentage above 0;
 * a share is a percentage of a metric that is itself a percentage (a share of tonnes means
 * nothing); an absolute target is in the metric's unit, and no metric we hold is negative
 * (every entered value is refused below 0, so every derived sum is ≥ 0 too).
 */
export function checkTargetValue(type: string, value: number, def: MetricDef | undefined): Message[] {
  if (type === 'reduction_pct' && (value <= 0 || value > 100)) return [msg('target.reduction_range')];
  if (type === 'share_pct') {
    if (value < 0 || value > 100) return [msg('target.share_range')];
    if (def && def.unit !== '%') return [msg('target.share_not_percent', { metric: def.code, unit: def.unit })];
  }
  if (type === 'absolute' && value < 0 && def) return [msg('target.negative', { metric: def.code })];
  return [];
}
