// The fuel list: `fuel list <workspace> [--year <Y>] [--json]` (each fuel, its unit, and with
// --year that year's net calorific value and emission factor) and `fuel add <workspace> <code>
// --name-zh <t> --name-en <t> --unit <u> [--biogenic]`.
import { parseArgs } from 'node:util';
import { dimsKey } from '../../../shared/dimensions.js';
import { aliasIndex, keptAs } from '../../../shared/fuels.js';
import { computeWorkspaceYear } from '../../services/kpi-service.js';
import { loadWorkspaceCatalogue } from '../../services/workspace-catalogue.js';
import { addFuel, listFuels } from '../../services/fuel-service.js';
import { columns, reportingCompanyErrors, say } from '../cli-lang.js';
import { UsageError, withWorkspace, withWritableWorkspace, type CommandContext } from '../context.js';
import { printJson, renderTable } from '../output.js';

const FACTORS = { ncv: 'factor.fuel_ncv', ef: 'factor.fuel_ef', biogenic_co2: 'factor.fuel_biogenic_co2' } as const;

export async function runFuel(ctx: CommandContext): Promise<number> {
  const [sub, ...rest] = ctx.args ?? [];
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { 'name-zh': { type: 'string' }, 'name-en': { type: 'string' }, unit: { type: 'string' }, biogenic: { type: 'boolean' }, year: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [path, code, ...extra] = positionals;
  if (!path || extra.length) throw new UsageError('fuel add|list <workspace> …');
  return reportingCompanyErrors(async () => {
    switch (sub) {
      case 'list':
        return withWorkspace(path, (ws) => {
          if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError('cli.usage.year_format', { flag: 'year' });
          const year = values.year !== undefined ? Number(values.year) : undefined;
          const computed = year !== undefined ? computeWorkspaceYear(ws, year).values : [];
          const aliases = aliasIndex(loadWorkspaceCatalogue(ws).metrics);
          // A fuel's factor, under its own code where it has one (factor.natural_gas_ncv).
          const factor = (metric: string, fuel: string) => {
            const kept = keptAs(metric, { fuel }, aliases);
            return computed.find((v) => v.code === kept.code && dimsKey(v.dims) === dimsKey(kept.dims));
          };
          const rows = listFuels(ws).map((f) => {
            const fs = Object.fromEntries(
              Object.entries(FACTORS).map(([k, metric]) => {
                const v = factor(metric, f.code);
                return [k, v ? { value: v.value, unit: v.unit, ...(v.source ? { source: v.source } : {}) } : null];
              }),
            );
            return { code: f.code, name_zh: f.nameZh, name_en: f.nameEn, unit: f.unit ?? '', biogenic: f.biogenic === true, custom: f.custom === true, ...(year !== undefined ? { year, factors: fs } : {}) };
          });
          if (values.json) {
            printJson(rows);
            return 0;
          }
          const shown = (x: { value: number | null; unit: string } | null | undefined) => (x && x.value !== null ? `${x.value} ${x.unit}` : '');
          const header = columns('code', 'name_zh', 'name_en', 'unit', 'biogenic', ...(year !== undefined ? ['ncv', 'ef'] : []));
          const table = rows.map((r) => [r.code, r.name_zh, r.name_en, r.unit, r.biogenic ? say('cli.yes') : '', ...(year !== undefined ? [shown(r.factors?.['ncv']), shown(r.factors?.['ef'])] : [])]);
          process.stdout.write(renderTable(header, table) + '\n');
          return 0;
        });
      case 'add':
        if (!code) throw new UsageError('fuel add <workspace> <code> --name-zh <text> --name-en <text> --unit <unit> [--biogenic]');
        return withWritableWorkspace(path, async (ws) => {
          const f = addFuel(ws, { code, nameZh: values['name-zh'] ?? '', nameEn: values['name-en'] ?? '', unit: values.unit ?? '', biogenic: values.biogenic === true });
          process.stdout.write(say('cli.fuel_added', { code: f.code, nameZh: f.nameZh, nameEn: f.nameEn, unit: f.unit ?? '', path }) + '\n');
          return 0;
        });
      default:
        throw new UsageError('fuel add|list <workspace> …');
    }
  });
}
