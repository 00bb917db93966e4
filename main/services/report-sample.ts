// Report content for new workspaces: the outline template (the reference report's chapters
// with default blocks) for every workspace, and for --sample the reference company's content
// (narrative, materiality, stakeholders, climate register, scenarios, governance, qualitative
// targets, disclosure map) from templates/sample/report. Loaded through the same services
// the UI uses, so the sample is validated like user input.
//
// The sample's content is one file per chapter (templates/sample/report/content/*.json), each
// with `sections` (template section id → blocks replacing its defaults) and `add` (sections of
// the sample's own, appended under a parent section: the reference report's sub-sections that
// the template shared by every workspace does not have). A block {"use": id} keeps a template
// block, wherever in the template it is; an image block's "@name" is the sample's image
// templates/sample/report/images/<name>.png, stored in the workspace on load.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { outlineTemplateSchema, templateSectionSchema, type TemplateSection } from '../../shared/report/outline.js';
import { expandTemplateBlock } from '../../shared/report/template.js';
import { TEMPLATES_DIR } from '../paths.js';
import { ensureEdition } from './framework-service.js';
import { reportMedia, reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { setDisclosure } from './report-disclosure-service.js';
import { addBlock } from './report-outline-service.js';
import { createRegisterRow, type RegisterInput } from './report-register-service.js';

export const OUTLINE_TEMPLATE = join(TEMPLATES_DIR, 'report', 'outline.json');
export const SAMPLE_REPORT_DIR = join(TEMPLATES_DIR, 'sample', 'report');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Section id → blocks that replace the template's defaults; {"use": id} keeps a template block. */
type ContentOverrides = Record<string, unknown[]>;

export function installSections(ws: Workspace, year: number, sections: TemplateSection[], overrides: ContentOverrides, actor: string, images: ReadonlyMap<string, string> = new Map()): void {
  ensureEdition(ws, year);
  const repo = reportRepos(ws, year).outline;
  const templateBlocks = new Map<string, ReturnType<typeof expandTemplateBlock>>();
  const collect = (list: TemplateSection[]): void =>
    list.forEach((s) => {
      (s.blocks ?? []).map(expandTemplateBlock).forEach((b) => b.id !== undefined && templateBlocks.set(b.id, b));
      collect(s.children ?? []);
    });
  collect(sections);
  const withImage = (b: ReturnType<typeof expandTemplateBlock>): ReturnType<typeof expandTemplateBlock> => {
    const ref = (b.config as { image_id?: unknown } | undefined)?.image_id;
    if (b.type !== 'image' || typeof ref !== 'string' || !ref.startsWith('@')) return b;
    const id = images.get(ref.slice(1));
    if (!id) throw new Error(`sample content refers to image ${ref}, which the sample does not ship`);
    return { ...b, config: { ...(b.config as object), image_id: id } };
  };
  const walk = (list: TemplateSection[], parentId: string | null): void => {
    for (const s of list) {
      repo.insertSection({ id: s.id, parentId, kind: s.kind, label: s.label ?? '', titleZh: s.title_zh, titleEn: s.title_en, templateKey: s.id }, undefined, actor);
      const defaults = (s.blocks ?? []).map(expandTemplateBlock);
      const wanted = overrides[s.id];
      const blocks = wanted
        ? wanted.map((b) => {
            const use = (b as { use?: string }).use;
            if (use === undefined) return withImage(expandTemplateBlock(b));
            const found = templateBlocks.get(use);
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

const chapterFileSchema = z
  .object({
    sections: z.record(z.string(), z.array(z.unknown())).default({}),
    add: z.array(z.object({ parent: z.string(), sections: z.array(templateSectionSchema).min(1) }).strict()).default([]),
  })
  .strict();

export interface SampleContent {
  /** The template outline with the sample's own sections added. */
  sections: TemplateSection[];
  /** Section id → the sample's blocks (template sections overridden, and the added ones). */
  overrides: ContentOverrides;
  /** The content file each section's blocks come from. */
  files: Map<string, string>;
}

/** The sample's content: every chapter file merged over the template outline. */
export function readSampleContent(dir = join(SAMPLE_REPORT_DIR, 'content')): SampleContent {
  const template = outlineTemplateSchema.parse(readJson(OUTLINE_TEMPLATE));
  const sections = structuredClone(template.sections);
  const find = (list: TemplateSection[], id: string): TemplateSection | undefined => {
    for (const s of list) {
      if (s.id === id) return s;
      const inner = find(s.children ?? [], id);
      if (inner) return inner;
    }
    return undefined;
  };
  const overrides: ContentOverrides = {};
  const files = new Map<string, string>();
  const claim = (id: string, file: string): void => {
    const other = files.get(id);
    if (other) throw new Error(`section ${id} has content in both ${other} and ${file}`);
    files.set(id, file);
  };
  const chapters = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const adds: { file: string; parent: string; sections: TemplateSection[] }[] = [];
  for (const file of chapters) {
    const parsed = chapterFileSchema.safeParse(readJson(join(dir, file)));
    if (!parsed.success) throw new Error(`sample content ${file} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    for (const [id, blocks] of Object.entries(parsed.data.sections)) {
      if (!find(sections, id)) throw new Error(`sample content ${file} gives blocks to section ${id}, which the template does not have`);
      claim(id, file);
      overrides[id] = blocks;
    }
    parsed.data.add.forEach((a) => adds.push({ file, ...a }));
  }
  // Added sections may sit under sections added by another file: attach until nothing is left.
  let pending = adds;
  while (pending.length) {
    const left = pending.filter((a) => {
      const parent = find(sections, a.parent);
      if (!parent) return true;
      const own = (list: TemplateSection[]): void =>
        list.forEach((s) => {
          if (find(sections, s.id)) throw new Error(`sample content ${a.file} adds section ${s.id}, which already exists`);
          claim(s.id, a.file);
          // The sample's own sections have no template defaults: their blocks are the sample's.
          overrides[s.id] = s.blocks ?? [];
          s.blocks = [];
          own(s.children ?? []);
        });
      own(a.sections);
      parent.children = [...(parent.children ?? []), ...a.sections];
      return false;
    });
    if (left.length === pending.length) throw new Error(`sample content ${left[0]!.file} adds sections under ${left[0]!.parent}, which does not exist`);
    pending = left;
  }
  return { sections, overrides, files };
}

/** The sample's images (templates/sample/report/images/*.png), stored in the workspace: name → image id. */
function storeSampleImages(ws: Workspace, actor: string): Map<string, string> {
  const dir = join(SAMPLE_REPORT_DIR, 'images');
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.png')).sort()) {
    const bytes = readFileSync(join(dir, file));
    const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    out.set(file.replace(/\.png$/, ''), reportMedia(ws).putImage(bytes, 'image/png', size, actor).id);
  }
  return out;
}

/** The reference company's report content, on top of the template outline, as the edition of `year`. */
export function loadSampleReport(ws: Workspace, year: number, actor: string): void {
  const content = readSampleContent();
  const register = readJson(join(SAMPLE_REPORT_DIR, 'register.json')) as SampleRegister;
  const disclosure = readJson(join(SAMPLE_REPORT_DIR, 'disclosure.json')) as { entries: Parameters<typeof setDisclosure>[2][] };
  ws.transaction(() => {
    const images = storeSampleImages(ws, actor);
    installSections(ws, year, content.sections, content.overrides, actor, images);
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
