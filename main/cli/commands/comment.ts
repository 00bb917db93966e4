// `comment add <workspace> --year <Y> (--metric <code> [--dims <k=v;…>] | --section <id|number> | --block <id>) [--reply <#id>] <text>`,
// `comment list <workspace> --year <Y> [--open] [--json]`, `comment resolve|reopen <workspace> <#id>`
// (issue 15, item 4): as the person ESG_ACTOR names (by name or #id).
import { parseArgs } from 'node:util';
import { dimsKey } from '../../../shared/dimensions.js';
import type { CommentTarget, CommentView } from '../../../shared/review/comments.js';
import { addComment, findSection, listComments, plainTarget, setCommentResolved } from '../../services/comment-service.js';
import { ReviewError } from '../../services/review-error.js';
import { columns, say } from '../cli-lang.js';
import { UsageError, withWorkspace, withWritableWorkspace, type CommandContext } from '../context.js';
import { printJson, renderTable } from '../output.js';
import { parseDimsFlag, reportingReviewErrors, requireYearFlag } from './review-common.js';

const USAGE =
  'comment add <workspace> --year <Y> (--metric <code> [--dims <k=v;…>] | --section <id|number> | --block <id>) [--reply <#id>] <text> | comment list <workspace> --year <Y> [--open] [--json] | comment resolve|reopen <workspace> <#id>';

const targetText = (c: CommentView) => {
  const t = c.target;
  return t.kind === 'value' ? `${t.metric}${Object.keys(t.dims).length ? ` [${dimsKey(t.dims)}]` : ''}` : t.kind === 'section' ? `§${t.sectionId}` : `§${t.sectionId ?? ''}/${t.blockId}`;
};

const idOf = (text: string | undefined) => {
  if (!text || !/^#?\d+$/.test(text)) throw new UsageError('cli.usage.id_required', { what: say('cli.usage.what.comment') });
  return Number(text.replace('#', ''));
};

function jsonRow(c: CommentView) {
  const t = c.target;
  return {
    id: c.id,
    year: c.year,
    target: t.kind,
    metric: t.kind === 'value' ? t.metric : null,
    dimensions: t.kind === 'value' ? t.dims : null,
    section: t.kind === 'value' ? null : (t.sectionId ?? null),
    block: t.kind === 'block' ? t.blockId : null,
    reply_to: c.parentId,
    text: c.text,
    author: c.author,
    created_at: c.createdAt,
    resolved_at: c.resolvedAt,
    resolved_by: c.resolvedBy,
    quote: c.quote,
    origin: c.origin,
  };
}

export async function runComment(ctx: CommandContext): Promise<number> {
  const [sub, ...rest] = ctx.args ?? [];
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { year: { type: 'string' }, metric: { type: 'string' }, dims: { type: 'string' }, section: { type: 'string' }, block: { type: 'string' }, reply: { type: 'string' }, open: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const [path, ...args] = positionals;
  if (!path) throw new UsageError(USAGE);
  return reportingReviewErrors(async () => {
    switch (sub) {
      case 'add': {
        const year = requireYearFlag(values.year);
        const text = args.join(' ');
        const given = [values.metric, values.section, values.block].filter((v) => v !== undefined).length;
        if (!text || (given !== 1 && values.reply === undefined) || given > 1) throw new UsageError('comment add <workspace> --year <Y> (--metric <code> [--dims <k=v;…>] | --section <id|number> | --block <id>) <text>');
        return withWritableWorkspace(path, async (ws) => {
          const target: CommentTarget | undefined = values.metric
            ? { kind: 'value', metric: values.metric, dims: parseDimsFlag(values.dims) }
            : values.section
              ? { kind: 'section', sectionId: findSection(ws, year, values.section).id }
              : values.block
                ? { kind: 'block', blockId: values.block }
                : undefined;
          const replyTo = values.reply === undefined ? undefined : idOf(values.reply);
          // A reply takes its thread's target (the service puts it there).
          const thread = replyTo === undefined ? undefined : ws.comments.get(replyTo);
          if (replyTo !== undefined && !thread) throw new ReviewError('not_found', 'comment.unknown', { id: replyTo });
          const on = target ?? plainTarget((thread as CommentView).target);
          const c = addComment(ws, { year, target: on, text, ...(replyTo ? { replyTo } : {}) }, ctx.actor);
          process.stdout.write(say('cli.comment_added', { id: c.id, target: targetText(c), year: c.year, author: c.author }) + '\n');
          return 0;
        });
      }
      case 'list': {
        const year = requireYearFlag(values.year);
        if (args.length) throw new UsageError(USAGE);
        return withWorkspace(path, (ws) => {
          const list = listComments(ws, year, { open: values.open === true });
          if (values.json) printJson(list.map(jsonRow));
          else if (!list.length) process.stdout.write(say('cli.comments_none', { year }) + '\n');
          else
            process.stdout.write(
              renderTable(
                columns('id', 'target', 'author', 'created_at', 'status', 'text'),
                list.map((c) => [c.parentId ? `  ↳#${c.id}` : `#${c.id}`, targetText(c), c.author, c.createdAt, c.parentId ? '' : c.resolvedAt ? say('comments.resolved', { by: c.resolvedBy ?? '', at: c.resolvedAt }) : say('comments.open'), c.text.replace(/\s+/g, ' ').slice(0, 80)]),
              ) + '\n',
            );
          return 0;
        });
      }
      case 'resolve':
      case 'reopen': {
        const id = idOf(args[0]);
        if (args.length !== 1) throw new UsageError(`comment ${sub} <workspace> <#id>`);
        return withWritableWorkspace(path, async (ws) => {
          const c = setCommentResolved(ws, id, sub === 'resolve', ctx.actor);
          process.stdout.write(say(sub === 'resolve' ? 'cli.comment_resolved' : 'cli.comment_reopened', { id: c.id, by: c.resolvedBy ?? '' }) + '\n');
          return 0;
        });
      }
      default:
        throw new UsageError(USAGE);
    }
  });
}
