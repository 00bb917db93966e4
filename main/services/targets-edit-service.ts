// The targets editor: add, change and delete quantitative targets, validated by the very
// function that validates a targets file (shared/io/targets-file.ts validateTargetFields).
import type { Target } from '../../shared/domain.js';
import { renderMessage } from '../../shared/i18n/messages.js';
import { validateTargetFields, type TARGET_COLUMNS } from '../../shared/io/targets-file.js';
import type { Workspace } from '../store/workspace.js';
import { CompanyError } from './company-service.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

/** The form's fields as typed, named like the targets file's columns. */
export type TargetFields = Record<(typeof TARGET_COLUMNS)[number], string>;

export function saveTarget(ws: Workspace, fields: TargetFields, mode: 'create' | 'update', actor: string): Target {
  const r = validateTargetFields((name) => (fields[name] ?? '').trim(), loadWorkspaceCatalogue(ws).byCode);
  if (!r.target) {
    const said = r.errors.map((e) => ({ path: e.field, message: renderMessage('en', e.message) }));
    throw new CompanyError('validation', 'company.target_invalid', { reasons: said.map((e) => e.message).join('; ') }, said);
  }
  const exists = ws.targets.get(r.target.code) !== undefined;
  if (mode === 'create' && exists) throw new CompanyError('exists', 'company.target_exists', { code: r.target.code }, [{ path: 'code', message: 'company.target_exists' }]);
  if (mode === 'update' && !exists) throw new CompanyError('not_found', 'company.target_not_found', { code: r.target.code });
  const target = r.target;
  ws.transaction(() => ws.targets.put(target, actor, 'targets editor'));
  return target;
}

export function deleteTarget(ws: Workspace, code: string, actor: string): void {
  if (!ws.transaction(() => ws.targets.delete(code, actor))) throw new CompanyError('not_found', 'company.target_not_found', { code });
}
