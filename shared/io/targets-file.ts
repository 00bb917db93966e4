// Validation of targets files (CSV: code,metric,baseline_year,target_year,type,target_value,
// title_zh,title_en). reduction_pct 8 means −8% against the baseline.
import type { MetricDef } from '../catalogue.js';
import { TARGET_TYPES, type Target, type TargetType } from '../domain.js';
import type { CsvTable } from './csv.js';
import { checkHeader, parseNumber, parseYear, suggestCode, type ImportProblem } from './data-package.js';

export const TARGET_COLUMNS = ['code', 'metric', 'baseline_year', 'target_year', 'type', 'target_value', 'title_zh', 'title_en'] as const;

export interface ParsedTarget {
  file: string;
  line: number;
  target: Target;
}

export function parseTargetsFile(file: string, table: CsvTable, metrics: ReadonlyMap<string, MetricDef>): { targets: ParsedTarget[]; problems: ImportProblem[] } {
  const problems = checkHeader(file, table.header, TARGET_COLUMNS.slice(0, 6), TARGET_COLUMNS.slice(6));
  for (const p of table.problems) problems.push({ file, line: p.line, message: `CSV: ${p.message}` });
  if (problems.length) return { targets: [], problems };
  const targets: ParsedTarget[] = [];
  if (table.records.length === 0) return { targets, problems: [{ file, line: 2, message: 'the file has a header but no targets' }] };
  for (const rec of table.records) {
    const cell = (name: string): string => (rec.cells[table.header.indexOf(name)] ?? '').trim();
    const r = validateTargetFields(cell, metrics);
    if (rec.cells.length !== table.header.length) r.errors.unshift({ field: 'row', message: `has ${rec.cells.length} fields; the header has ${table.header.length}` });
    if (r.errors.length || !r.target) {
      const metric = cell('metric');
      problems.push({ file, line: rec.line, metric: metric || undefined, message: r.errors.map((e) => e.message).join('; ') });
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
export function validateTargetFields(cell: (name: (typeof TARGET_COLUMNS)[number]) => string, metrics: ReadonlyMap<string, MetricDef>): { target?: Target; errors: { field: TargetField; message: string }[] } {
  const errors: { field: TargetField; message: string }[] = [];
  const err = (field: TargetField, message: string) => errors.push({ field, message });
  const code = cell('code');
  const metric = cell('metric');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code)) err('code', `target code "${code}" must be letters, digits, dots, dashes or underscores`);
  if (!metrics.has(metric)) {
    const hint = suggestCode(metric, metrics.keys());
    err('metric', `unknown metric "${metric}"${hint ? ` (did you mean ${hint}?)` : ''}`);
  }
  const by = parseYear(cell('baseline_year'));
  const ty = parseYear(cell('target_year'));
  if (typeof by === 'string') err('baseline_year', `baseline_year: ${by}`);
  if (typeof ty === 'string') err('target_year', `target_year: ${ty}`);
  if (typeof by === 'number' && typeof ty === 'number' && ty <= by) err('target_year', `target_year ${ty} must come after baseline_year ${by}`);
  const type = cell('type');
  if (!(TARGET_TYPES as readonly string[]).includes(type)) err('type', `type "${type}" must be one of ${TARGET_TYPES.join(', ')}`);
  const tv = parseNumber(cell('target_value'));
  if (tv === undefined) err('target_value', `target_value "${cell('target_value')}" is not a number`);
  else if (type === 'reduction_pct' && (tv <= 0 || tv > 100)) err('target_value', `a reduction_pct target_value is a percentage above 0 and at most 100 (8 means −8%)`);
  else if (type === 'share_pct' && (tv < 0 || tv > 100)) err('target_value', `a share_pct target_value lies between 0 and 100`);
  if (errors.length) return { errors };
  return {
    errors,
    target: {
      code,
      metric,
      baselineYear: by as number,
      targetYear: ty as number,
      type: type as TargetType,
      targetValue: tv as number,
      titleZh: cell('title_zh'),
      titleEn: cell('title_en'),
    },
  };
}
