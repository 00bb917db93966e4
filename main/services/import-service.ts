// Import of data packages and targets files, several at once, all or nothing: every file is
// read and every row validated before anything is written, and then everything is written
// in one transaction.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readCsv } from '../../shared/io/csv.js';
import { findDuplicates, formatProblem, parseDataPackage, type ImportProblem, type ParsedValue } from '../../shared/io/data-package.js';
import { parseTargetsFile, type ParsedTarget } from '../../shared/io/targets-file.js';
import { dimsKey } from '../../shared/dimensions.js';
import type { StoredValue } from '../../shared/domain.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';
import type { Workspace } from '../store/workspace.js';

export interface ImportOptions {
  overwrite?: boolean;
  actor: string;
}

export interface ImportSummary {
  files: { file: string; kind: 'data' | 'targets'; rows: number }[];
  inserted: number;
  updated: number;
  unchanged: number;
}

export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

export interface ImportSource {
  /** Name shown in messages (the path as the user gave it). */
  name: string;
  text: string;
}

export function readImportSources(paths: readonly string[]): ImportSource[] {
  return paths.map((p) => {
    if (/\.xlsx$/i.test(p)) {
      throw new ImportError([{ file: p, line: 1, message: 'filled department workbooks (.xlsx) are not supported by this version yet; import CSV data packages' }]);
    }
    let buf: Buffer;
    try {
      buf = readFileSync(p);
    } catch (e) {
      throw new ImportError([{ file: p, line: 0, message: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }]);
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
    return { name: p, text };
  });
}

function describe(v: StoredValue | ParsedValue['input']): string {
  if (v.value === null) return `NA (${v.naReason ?? ''})`;
  return String(v.value);
}

export function importSources(ws: Workspace, sources: readonly ImportSource[], opts: ImportOptions): ImportSummary {
  const cat = loadWorkspaceCatalogue(ws);
  const ctx = { metrics: cat.byCode, dimensions: cat.dimensions, sites: new Set(ws.profile.sites().map((s) => s.code)) };
  const problems: ImportProblem[] = [];
  const values: ParsedValue[] = [];
  const targets: ParsedTarget[] = [];
  const files: ImportSummary['files'] = [];

  for (const src of sources) {
    const table = readCsv(src.text);
    const file = src.name;
    if (table.header.includes('baseline_year') || table.header.includes('target_year')) {
      const r = parseTargetsFile(file, table, cat.byCode);
      problems.push(...r.problems);
      targets.push(...r.targets);
      files.push({ file, kind: 'targets', rows: r.targets.length });
    } else if (table.header.includes('metric') && table.header.includes('value')) {
      const r = parseDataPackage(file, table, ctx);
      problems.push(...r.problems);
      values.push(...r.values);
      files.push({ file, kind: 'data', rows: r.values.length });
    } else {
      problems.push({
        file,
        line: 1,
        message:
          'not a data package (header metric,year,value,unit,dimensions,note) nor a targets file ' +
          '(header code,metric,baseline_year,target_year,type,target_value,title_zh,title_en)',
      });
    }
  }
  problems.push(...findDuplicates(values));
  const seenTargets = new Map<string, ParsedTarget>();
  for (const t of targets) {
    const prior = seenTargets.get(t.target.code);
    if (prior) problems.push({ file: t.file, line: t.line, message: `target ${t.target.code} is already given at ${basename(prior.file)}:${prior.line}` });
    else seenTargets.set(t.target.code, t);
  }

  // Values that would replace a different existing value need --overwrite.
  if (!opts.overwrite) {
    for (const v of values) {
      const before = ws.values.get(v.input.metric, v.input.year, v.input.dims);
      if (before && (before.value !== v.input.value || before.naReason !== v.input.naReason)) {
        const dims = dimsKey(v.input.dims);
        problems.push({
          file: v.file,
          line: v.line,
          metric: v.input.metric,
          value: v.input.enteredValue ?? '',
          message: `would overwrite ${v.input.year}${dims ? ` ${dims}` : ''} = ${describe(before)} with ${describe(v.input)}; use --overwrite to replace it`,
        });
      }
    }
    for (const t of targets) {
      const before = ws.targets.get(t.target.code);
      if (before && JSON.stringify(before) !== JSON.stringify(t.target)) {
        problems.push({ file: t.file, line: t.line, message: `would change target ${t.target.code}; use --overwrite to replace it` });
      }
    }
  }

  if (problems.length) {
    problems.sort((a, b) => (a.file === b.file ? a.line - b.line : 0));
    throw new ImportError(problems);
  }

  const summary: ImportSummary = { files, inserted: 0, updated: 0, unchanged: 0 };
  ws.transaction(() => {
    for (const v of values) {
      ws.profile.ensureYear(v.input.year);
      const r = ws.values.put(v.input, opts.actor, `import ${basename(v.file)}:${v.line}`);
      summary[r] += 1;
    }
    for (const t of targets) {
      const r = ws.targets.put(t.target, opts.actor, `import ${basename(t.file)}:${t.line}`);
      summary[r] += 1;
    }
  });
  return summary;
}

export function importFiles(ws: Workspace, paths: readonly string[], opts: ImportOptions): ImportSummary {
  return importSources(ws, readImportSources(paths), opts);
}
