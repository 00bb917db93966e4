// Report content for new workspaces: the outline template (the reference report's chapters
// with default blocks) for every workspace, and for --sample the reference company's content
// (narrative, materiality, stakeholders, climate register, scenarios, governance, qualitative
// targets, disclosure map) from templates/sample/report. Loaded through the same services
// the UI uses, so the sample is validated like user input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outlineTemplateSchema, type TemplateSection } from '../../shared/report/outline.js';
import { expandTemplateBlock } from '../../shared/report/template.js';
import { TEMPLATES_DIR } from '../paths.js';
import { ensureEdition } from './framework-service.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { setDisclosure } from './report-disclosure-service.js';
import { addBlock } from './report-outline-service.js';
import { createRegisterRow, type RegisterInput } from './report-register-service.js';

export const OUTLINE_TEMPLATE = join(TEMPLATES_DIR, 'report', 'outline.json');
export const SAMPLE_REPORT_DIR = join(TEMPLATES_DIR, 'sample', 'report');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Section id → blocks that replace the template's defaults; {"use": id} keeps a template block. */
type ContentOverrides = Record<string, unknown[]>;

export function installSections(ws: Workspace, year: number, sections: TemplateSection[], overrides: ContentOverrides, actor: string): void {
  ensureEdition(ws, year);
  const repo = reportRepos(ws, year).outline;
  const walk = (list: TemplateSection[], parentId: string | null): void => {
    for (const s of list) {
      repo.insertSection({ id: s.id, parentId, kind: s.kind, label: s.label ?? '', titleZh: s.title_zh, titleEn: s.title_en, templateKey: s.id }, undefined, actor);
      const defaults = (s.blocks ?? []).map(expandTemplateBlock);
      const wanted = overrides[s.id];
      const blocks = wanted
        ? wanted.map((b) => {
            const use = (b as { use?: string }).use;
            if (use === undefined) return expandTemplateBlock(b);
            const found = defaults.find((d) => d.id === use);
            if (!found) throw new Error(`sample content of section ${s.id} uses template block ${use}, which the template does not have`);
            return found;
          })
        : defaults;
      blocks.forEach((b, i) => {
        const { id, ...body } = b;
        addBlock(ws, year, s.id, body, actor, { id: id ?? `${s.id}-${i + 1}` });
      });
      walk(s.children ?? [], s.id);
    }
  };
  walk(sections, null);
}

/** Gives the edition of `year` the template outline (and, with overrides, the sample's blocks). */
export function installReportOutline(ws: Workspace, year: number, actor: string, overrides: ContentOverrides = {}): void {
  const template = outlineTemplateSchema.parse(readJson(OUTLINE_TEMPLATE));
  ws.transaction(() => installSections(ws, year, template.sections, overrides, actor));
}

interface SampleRegister {
  topics: RegisterInput<'topics'>[];
  stakeholders: RegisterInput<'stakeholders'>[];
  climate: RegisterInput<'climate'>[];
  scenarios: RegisterInput<'scenarios'>[];
  scenario_rows: RegisterInput<'scenarioRows'>[];
  governance: RegisterInput<'governance'>[];
  qualitative_targets: RegisterInput<'qualitativeTargets'>[];
}

/** The reference company's report content, on top of the template outline, as the edition of `year`. */
export function loadSampleReport(ws: Workspace, year: number, actor: string): void {
  const content = readJson(join(SAMPLE_REPORT_DIR, 'content.json')) as { sections: ContentOverrides };
  const register = readJson(join(SAMPLE_REPORT_DIR, 'register.json')) as SampleRegister;
  const disclosure = readJson(join(SAMPLE_REPORT_DIR, 'disclosure.json')) as { entries: Parameters<typeof setDisclosure>[2][] };
  ws.transaction(() => {
    installReportOutline(ws, year, actor, content.sections);
    register.topics.forEach((r) => createRegisterRow(ws, year, 'topics', r, actor));
    register.stakeholders.forEach((r) => createRegisterRow(ws, year, 'stakeholders', r, actor));
    register.climate.forEach((r) => createRegisterRow(ws, year, 'climate', r, actor));
    register.scenarios.forEach((r) => createRegisterRow(ws, year, 'scenarios', r, actor));
    register.scenario_rows.forEach((r) => createRegisterRow(ws, year, 'scenarioRows', r, actor));
    register.governance.forEach((r) => createRegisterRow(ws, year, 'governance', r, actor));
    register.qualitative_targets.forEach((r) => createRegisterRow(ws, year, 'qualitativeTargets', r, actor));
    disclosure.entries.forEach((e) => setDisclosure(ws, year, e, actor));
  });
}
