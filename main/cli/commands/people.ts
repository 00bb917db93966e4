// `people add <workspace> --name <n> [--email <e>] [--role esg_lead|validator|reviewer|data_owner:<dept>]…`,
// `people list <workspace> [--json]` and `people set <workspace> <#id|name> [--name …] [--role …]… [--active yes|no]`.
import { parseArgs } from 'node:util';
import type { RoleGrant } from '../../../shared/review/people.js';
import { addPerson, findPerson, listPeople, updatePerson } from '../../services/people-service.js';
import { ReviewError } from '../../services/review-error.js';
import { columns, say } from '../cli-lang.js';
import { UsageError, withWorkspace, withWritableWorkspace, type CommandContext } from '../context.js';
import { printJson, renderTable } from '../output.js';
import { cliActor, reportingReviewErrors } from './review-common.js';

const USAGE = 'people add|list|set <workspace> …';

/** `data_owner:hr` → data owner of hr; any other role stands alone. */
function parseRole(text: string): { role: string; department: string } {
  const [role = '', department = ''] = text.split(':');
  return { role, department };
}

const rolesText = (roles: readonly RoleGrant[]) => roles.map((g) => (g.department ? `${g.role}:${g.department}` : g.role)).join(' ');

export async function runPeople(ctx: CommandContext): Promise<number> {
  const [sub, ...rest] = ctx.args ?? [];
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { name: { type: 'string' }, email: { type: 'string' }, role: { type: 'string', multiple: true }, active: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [path, who, ...extra] = positionals;
  if (!path || extra.length) throw new UsageError(USAGE);
  return reportingReviewErrors(async () => {
    switch (sub) {
      case 'list':
        return withWorkspace(path, (ws) => {
          const people = listPeople(ws);
          if (values.json) printJson(people);
          else if (!people.length) process.stdout.write(say('cli.no_people') + '\n');
          else process.stdout.write(renderTable(columns('id', 'name', 'email', 'active', 'roles'), people.map((p) => [`#${p.id}`, p.name, p.email, say(p.active ? 'cli.yes' : 'cli.no'), rolesText(p.roles)])) + '\n');
          return 0;
        });
      case 'add':
        if (who !== undefined) throw new UsageError('people add <workspace> --name <name> [--email <e>] [--role <role>]…');
        return withWritableWorkspace(path, async (ws) => {
          const p = addPerson(ws, { name: values.name ?? '', ...(values.email !== undefined ? { email: values.email } : {}), roles: (values.role ?? []).map(parseRole) }, cliActor(ws, ctx.actor));
          process.stdout.write(say('cli.person_added', { id: p.id, name: p.name, roles: rolesText(p.roles) || '—' }) + '\n');
          return 0;
        });
      case 'set': {
        if (!who) throw new UsageError('people set <workspace> <#id|name> [--name <n>] [--email <e>] [--role <role>]… [--active yes|no]');
        if (values.active !== undefined && values.active !== 'yes' && values.active !== 'no') throw new UsageError('--active yes|no');
        return withWritableWorkspace(path, async (ws) => {
          const p = findPerson(ws, who);
          if (!p) throw new ReviewError('not_found', 'review.person_unknown', { person: who });
          const u = updatePerson(
            ws,
            {
              id: p.id,
              ...(values.name !== undefined ? { name: values.name } : {}),
              ...(values.email !== undefined ? { email: values.email } : {}),
              ...(values.role ? { roles: values.role.map(parseRole) } : {}),
              ...(values.active !== undefined ? { active: values.active === 'yes' } : {}),
            },
            cliActor(ws, ctx.actor),
          );
          process.stdout.write(say('cli.person_updated', { id: u.id, name: u.name }) + '\n');
          return 0;
        });
      }
      default:
        throw new UsageError(USAGE);
    }
  });
}
