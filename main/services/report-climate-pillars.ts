// The climate chapter of an edition on the ESG Reporting Code follows the four Part D / IFRS S2
// pillars (governance, strategy, risk management, metrics and targets). The pillars are data
// (templates/report/climate-pillars.json: sub-sections with neutral texts and blocks, and the
// disclosure-map entries pointing the Part D items to them); this one function installs what
// an edition lacks, under its climate chapter, without touching what it already has. Used when
// a new workspace's first edition is on the Code and when an edition is rolled forward from
// the Guide to the Code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { templateSectionSchema } from '../../shared/report/outline.js';
import { expandTemplateBlock } from '../../shared/report/template.js';
import { TEMPLATES_DIR } from '../paths.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { setDisclosure } from './report-disclosure-service.js';
import { addBlock } from './report-outline-service.js';

export const CLIMATE_PILLARS_TEMPLATE = join(TEMPLATES_DIR, 'report', 'climate-pillars.json');

const pillarsSchema = z.object({
  version: z.literal(1),
  /** Template keys (or ids) of the climate chapter, in order of preference. */
  parents: z.array(z.string()).min(1),
  sections: z.array(templateSectionSchema).min(1),
  disclosure: z.array(z.object({ framework: z.literal('partd'), itemCode: z.string(), status: z.literal('disclosed'), sections: z.array(z.string()), metrics: z.array(z.string()) })),
});

/** Blocks that show the same thing wherever they are: shown once in the chapter is enough. */
const REPEATABLE = new Set(['climate_register', 'scenario_table', 'target_table']);
const shownKey = (type: string, config: unknown): string => {
  const c = config as { type?: unknown; group?: unknown } | undefined;
  return `${type}|${String(c?.type ?? '')}|${String(c?.group ?? 'all')}`;
};

export interface PillarsInstalled {
  /** The climate chapter the pillars went under; null when the edition has none. */
  parentId: string | null;
  /** The pillar sections added (already present ones are not listed). */
  added: { id: string; titleZh: string; titleEn: string }[];
  /** Part D items newly pointed to a pillar section in the disclosure map. */
  mapped: string[];
}

/**
 * Adds the missing pillar sections under the edition's climate chapter, with their blocks
 * (a register, scenario or target block the chapter already shows is not repeated), and maps
 * each Part D item the disclosure map does not have yet to its pillar. A pillar the chapter
 * already has — a section anywhere under it whose template key is the pillar's, as in the
 * sample's Guide edition, whose 1.1.1–1.1.4 are the pillars, or an edition rolled forward from
 * one (the copy has new ids, the same template keys) — is not added again: its Part D items
 * point to that section.
 */
export function installClimatePillars(ws: Workspace, year: number, actor: string): PillarsInstalled {
  const doc = pillarsSchema.parse(JSON.parse(readFileSync(CLIMATE_PILLARS_TEMPLATE, 'utf8')));
  const r = reportRepos(ws, year);
  const sections = r.outline.listSections();
  const parent = doc.parents.map((key) => sections.find((s) => s.templateKey === key || s.id === key)).find((s) => s !== undefined);
  const result: PillarsInstalled = { parentId: parent?.id ?? null, added: [], mapped: [] };
  if (!parent) return result;
  // The climate chapter and everything under it.
  const chapter = [parent];
  for (let i = 0; i < chapter.length; i++) chapter.push(...sections.filter((s) => s.parentId === chapter[i]!.id));
  /** Pillar id → the section of this edition that is that pillar. */
  const pillarSection = new Map<string, string>();
  for (const s of doc.sections) {
    const existing = chapter.find((c) => c.templateKey === s.id) ?? (r.outline.getSection(s.id) ? { id: s.id } : undefined);
    if (existing) pillarSection.set(s.id, existing.id);
  }
  ws.transaction(() => {
    const shown = new Set(chapter.flatMap((c) => r.outline.blocksOf(c.id)).filter((b) => REPEATABLE.has(b.type)).map((b) => shownKey(b.type, b.config)));
    const numbered = /^\d+(\.\d+)*$/.test(parent.label);
    let n = sections.filter((s) => s.parentId === parent.id).length;
    for (const s of doc.sections) {
      if (pillarSection.has(s.id)) continue;
      n++;
      r.outline.insertSection({ id: s.id, parentId: parent.id, kind: s.kind, label: numbered ? `${parent.label}.${n}` : '', titleZh: s.title_zh, titleEn: s.title_en, templateKey: s.id }, undefined, actor);
      pillarSection.set(s.id, s.id);
      for (const b of (s.blocks ?? []).map(expandTemplateBlock)) {
        const { id, ...body } = b;
        if (REPEATABLE.has(body.type) && shown.has(shownKey(body.type, body.config))) continue;
        addBlock(ws, year, s.id, body, actor, id && !r.outline.blockIdTaken(id) ? { id } : {});
      }
      result.added.push({ id: s.id, titleZh: s.title_zh, titleEn: s.title_en });
    }
    for (const e of doc.disclosure) {
      if (r.disclosure.get(e.framework, e.itemCode)) continue;
      setDisclosure(ws, year, { ...e, sections: e.sections.map((id) => pillarSection.get(id) ?? id) }, actor);
      result.mapped.push(e.itemCode);
    }
  });
  return result;
}
