// `evidence add <workspace> --metric <code> --year <Y> [--dims <k=v;…>] <file>`,
// `evidence list <workspace> --year <Y> [--json]`, `evidence remove <workspace> <id>` and
// `evidence replace <workspace> <id> <file>` (issue 15). The file is checked (type, size,
// content against its extension, zip parts) before anything is written.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { dimsKey } from '../../../shared/dimensions.js';
import { EVIDENCE_MAX_BYTES } from '../../../shared/review/evidence-file.js';
import { attachEvidence, listEvidence, removeEvidence, replaceEvidence } from '../../services/evidence-service.js';
import { ReviewError } from '../../services/review-error.js';
import { columns, say } from '../cli-lang.js';
import { UsageError, withWorkspace, withWritableWorkspace, type CommandContext } from '../context.js';
import { printJson, renderTable } from '../output.js';
import { cliActor, parseDimsFlag, reportingReviewErrors, requireYearFlag } from './review-common.js';

const USAGE = 'evidence add <workspace> --metric <code> --year <Y> [--dims <k=v;…>] <file> | evidence list <workspace> --year <Y> [--json] | evidence remove <workspace> <id> | evidence replace <workspace> <id> <file>';

/** Reads the file unless it is too large to be evidence (then it is not read at all). */
function readEvidenceFile(file: string): Buffer {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new UsageError('cli.usage.file_unreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  if (size > EVIDENCE_MAX_BYTES) throw new ReviewError('validation', 'review.evidence_too_large', { file: basename(file), mb: Math.round((size / 1024 / 1024) * 10) / 10, max: EVIDENCE_MAX_BYTES / 1024 / 1024 });
  return readFileSync(file);
}

const idOf = (text: string | undefined) => {
  if (!text || !/^#?\d+$/.test(text)) throw new UsageError('cli.usage.id_required', { what: say('cli.usage.what.evidence') });
  return Number(text.replace('#', ''));
};

export async function runEvidence(ctx: CommandContext): Promise<number> {
  const [sub, ...rest] = ctx.args ?? [];
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { metric: { type: 'string' }, year: { type: 'string' }, dims: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [path, a, b, ...extra] = positionals;
  if (!path || extra.length) throw new UsageError(USAGE);
  return reportingReviewErrors(async () => {
    switch (sub) {
      case 'add': {
        if (!a || b !== undefined || !values.metric) throw new UsageError('evidence add <workspace> --metric <code> --year <Y> [--dims <k=v;…>] <file>');
        const year = requireYearFlag(values.year);
        const dims = parseDimsFlag(values.dims);
        const bytes = readEvidenceFile(a);
        return withWritableWorkspace(path, async (ws) => {
          const m = attachEvidence(ws, { metric: values.metric as string, year, dims }, basename(a), bytes, cliActor(ws, ctx.actor));
          process.stdout.write(say('cli.evidence_added', { id: m.id, file: m.fileName, metric: `${m.metric}${m.dimsKey ? ` [${m.dimsKey}]` : ''}`, year: m.year, sha: m.sha256 }) + '\n');
          return 0;
        });
      }
      case 'list': {
        const year = requireYearFlag(values.year);
        return withWorkspace(path, (ws) => {
          const list = listEvidence(ws, year);
          if (values.json) printJson(list.map((m) => ({ id: m.id, metric: m.metric, year: m.year, dims: m.dims, file: m.fileName, kind: m.kind, bytes: m.size, sha256: m.sha256, attached_at: m.attachedAt, attached_by: m.attachedBy })));
          else if (!list.length) process.stdout.write(say('cli.evidence_none', { year }) + '\n');
          else
            process.stdout.write(
              renderTable(columns('id', 'metric', 'dims', 'file', 'bytes', 'sha256', 'attached_by', 'attached_at'), list.map((m) => [`#${m.id}`, m.metric, dimsKey(m.dims), m.fileName, m.size.toLocaleString('en'), m.sha256.slice(0, 16), m.attachedBy, m.attachedAt]), [4]) + '\n',
            );
          return 0;
        });
      }
      case 'remove': {
        const id = idOf(a);
        return withWritableWorkspace(path, async (ws) => {
          const gone = removeEvidence(ws, id, cliActor(ws, ctx.actor));
          process.stdout.write(say('cli.evidence_removed', { id, file: gone.fileName }) + '\n');
          return 0;
        });
      }
      case 'replace': {
        const id = idOf(a);
        if (!b) throw new UsageError('evidence replace <workspace> <id> <file>');
        const bytes = readEvidenceFile(b);
        return withWritableWorkspace(path, async (ws) => {
          const m = replaceEvidence(ws, id, basename(b), bytes, cliActor(ws, ctx.actor));
          process.stdout.write(say('cli.evidence_added', { id: m.id, file: m.fileName, metric: m.metric, year: m.year, sha: m.sha256 }) + '\n');
          return 0;
        });
      }
      default:
        throw new UsageError(USAGE);
    }
  });
}
