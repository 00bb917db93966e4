// Sections and their blocks. Positions are kept dense (0, 1, 2 …) per parent and per section,
// renumbered inside the caller's transaction on every insert, move and delete.
import type { Database } from 'better-sqlite3';
import type { Block, BlockType } from '../../shared/report/blocks.js';
import type { Section, SectionKind } from '../../shared/report/outline.js';
import type { AuditRepo } from './audit-repo.js';
import { yearBound } from './year-bound.js';

interface SectionRow {
  id: string;
  parent_id: string | null;
  position: number;
  kind: SectionKind;
  label: string;
  title_zh: string;
  title_en: string;
  template_key: string | null;
}
interface BlockRow {
  id: string;
  section_id: string;
  position: number;
  type: BlockType;
  config: string;
  content_zh: string;
  content_en: string;
  carried_from: number | null;
}

const toSection = (r: SectionRow): Section => ({
  id: r.id,
  parentId: r.parent_id,
  position: r.position,
  kind: r.kind,
  label: r.label,
  titleZh: r.title_zh,
  titleEn: r.title_en,
  templateKey: r.template_key,
});
const toBlock = (r: BlockRow): Block => ({
  id: r.id,
  sectionId: r.section_id,
  position: r.position,
  type: r.type,
  config: JSON.parse(r.config),
  content: { 'zh-Hant': JSON.parse(r.content_zh), en: JSON.parse(r.content_en) },
  carriedFrom: r.carried_from,
} as Block);

/** The outline of one year's edition: every query is bound to that year. */
export function createReportOutlineRepo(db: Database, audit: AuditRepo, now: () => string, year: number) {
  const prepare = yearBound(db, year);
  const q = {
    sections: prepare(`SELECT * FROM report_section WHERE year = @year ORDER BY parent_id NULLS FIRST, position, id`),
    section: prepare(`SELECT * FROM report_section WHERE id = @id AND year = @year`),
    siblings: prepare(`SELECT * FROM report_section WHERE year = @year AND parent_id IS @parent_id ORDER BY position, id`),
    insertSection: prepare(
      `INSERT INTO report_section (id, year, parent_id, position, kind, label, title_zh, title_en, template_key, updated_at)
       VALUES (@id, @year, @parent_id, @position, @kind, @label, @title_zh, @title_en, @template_key, @updated_at)`,
    ),
    updateSection: prepare(
      `UPDATE report_section SET parent_id = @parent_id, position = @position, label = @label, title_zh = @title_zh, title_en = @title_en, updated_at = @updated_at WHERE id = @id AND year = @year`,
    ),
    setSectionPosition: prepare(`UPDATE report_section SET position = @position WHERE id = @id AND year = @year`),
    deleteSection: prepare(`DELETE FROM report_section WHERE id = @id AND year = @year`),
    blocks: prepare(`SELECT * FROM report_block WHERE year = @year ORDER BY section_id, position`),
    blocksOf: prepare(`SELECT * FROM report_block WHERE year = @year AND section_id = @section_id ORDER BY position, id`),
    block: prepare(`SELECT * FROM report_block WHERE id = @id AND year = @year`),
    upsertBlock: prepare(
      `INSERT INTO report_block (id, year, section_id, position, type, config, content_zh, content_en, updated_at)
       VALUES (@id, @year, @section_id, @position, @type, @config, @content_zh, @content_en, @updated_at)
       ON CONFLICT (id) DO UPDATE SET section_id = excluded.section_id, position = excluded.position, type = excluded.type,
         config = excluded.config, content_zh = excluded.content_zh, content_en = excluded.content_en, updated_at = excluded.updated_at,
         carried_from = NULL
       WHERE report_block.year = excluded.year`,
    ),
    setBlockPosition: prepare(`UPDATE report_block SET section_id = @section_id, position = @position WHERE id = @id AND year = @year`),
    deleteBlock: prepare(`DELETE FROM report_block WHERE id = @id AND year = @year`),
    confirmBlock: prepare(`UPDATE report_block SET carried_from = NULL WHERE id = @id AND year = @year`),
    sectionIdTaken: prepare(`SELECT 1 FROM report_section WHERE id = @id`),
    blockIdTaken: prepare(`SELECT 1 FROM report_block WHERE id = @id`),
  };

  const getSection = (id: string): Section | undefined => {
    const r = q.section.get({ id }) as SectionRow | undefined;
    return r ? toSection(r) : undefined;
  };
  const getBlock = (id: string): Block | undefined => {
    const r = q.block.get({ id }) as BlockRow | undefined;
    return r ? toBlock(r) : undefined;
  };
  const siblings = (parentId: string | null): Section[] => (q.siblings.all({ parent_id: parentId }) as SectionRow[]).map(toSection);
  const blocksOf = (sectionId: string): Block[] => (q.blocksOf.all({ section_id: sectionId }) as BlockRow[]).map(toBlock);
  const renumberSections = (ordered: readonly Section[]) => ordered.forEach((s, i) => q.setSectionPosition.run({ id: s.id, position: i }));
  const renumberBlocks = (sectionId: string, ordered: readonly Block[]) =>
    ordered.forEach((b, i) => q.setBlockPosition.run({ id: b.id, section_id: sectionId, position: i }));
  const insertAt = <T>(list: T[], item: T, position: number | undefined): T[] => {
    const at = position === undefined ? list.length : Math.min(Math.max(position, 0), list.length);
    return [...list.slice(0, at), item, ...list.slice(at)];
  };

  return {
    listSections(): Section[] {
      return (q.sections.all() as SectionRow[]).map(toSection);
    },
    getSection,
    siblings,
    insertSection(s: Omit<Section, 'position'>, position: number | undefined, actor: string): Section {
      const list = siblings(s.parentId);
      const created: Section = { ...s, position: list.length };
      q.insertSection.run({
        id: s.id,
        parent_id: s.parentId,
        position: list.length,
        kind: s.kind,
        label: s.label,
        title_zh: s.titleZh,
        title_en: s.titleEn,
        template_key: s.templateKey,
        updated_at: now(),
      });
      renumberSections(insertAt(list, created, position));
      const saved = getSection(s.id) as Section;
      audit.append({ actor, action: 'insert', entity: 'report_section', entityKey: s.id, new: saved });
      return saved;
    },
    updateSection(s: Section, actor: string): void {
      const before = getSection(s.id);
      q.updateSection.run({ id: s.id, parent_id: s.parentId, position: s.position, label: s.label, title_zh: s.titleZh, title_en: s.titleEn, updated_at: now() });
      audit.append({ actor, action: 'update', entity: 'report_section', entityKey: s.id, old: before ?? null, new: s });
    },
    /** Moves a section to `position` under `parentId` (renumbering old and new siblings). */
    moveSection(id: string, parentId: string | null, position: number, actor: string): void {
      const before = getSection(id) as Section;
      const oldSiblings = siblings(before.parentId).filter((s) => s.id !== id);
      const target = parentId === before.parentId ? oldSiblings : siblings(parentId);
      q.updateSection.run({ id, parent_id: parentId, position: 0, label: before.label, title_zh: before.titleZh, title_en: before.titleEn, updated_at: now() });
      if (parentId !== before.parentId) renumberSections(oldSiblings);
      renumberSections(insertAt(target, { ...before, parentId }, position));
      audit.append({ actor, action: 'update', entity: 'report_section', entityKey: id, old: before, new: getSection(id) ?? null, context: 'move' });
    },
    deleteSection(id: string, actor: string): void {
      const before = getSection(id) as Section;
      const blocks = blocksOf(id);
      q.deleteSection.run({ id });
      renumberSections(siblings(before.parentId));
      audit.append({ actor, action: 'delete', entity: 'report_section', entityKey: id, old: { ...before, blocks }, new: null });
    },

    /** Whether a section id is used in any edition (ids are unique across editions). */
    sectionIdTaken(id: string): boolean {
      return q.sectionIdTaken.get({ id }) !== undefined;
    },
    blockIdTaken(id: string): boolean {
      return q.blockIdTaken.get({ id }) !== undefined;
    },
    /** Marks a carried-forward block as reviewed without changing it. */
    confirmBlock(id: string, actor: string): void {
      const before = getBlock(id) as Block;
      q.confirmBlock.run({ id });
      audit.append({ actor, action: 'update', entity: 'report_block', entityKey: id, old: { carriedFrom: before.carriedFrom ?? null }, new: { carriedFrom: null }, context: 'confirm' });
    },
    listBlocks(): Block[] {
      return (q.blocks.all() as BlockRow[]).map(toBlock);
    },
    blocksOf,
    getBlock,
    /** Inserts or replaces a block's body; a new block goes to `position` (end by default). */
    putBlock(b: Omit<Block, 'position'>, position: number | undefined, actor: string): Block {
      const before = getBlock(b.id);
      const row = {
        id: b.id,
        section_id: b.sectionId,
        type: b.type,
        config: JSON.stringify(b.config),
        content_zh: JSON.stringify(b.content['zh-Hant']),
        content_en: JSON.stringify(b.content.en),
        updated_at: now(),
      };
      if (before) {
        q.upsertBlock.run({ ...row, section_id: before.sectionId, position: before.position });
      } else {
        const list = blocksOf(b.sectionId);
        q.upsertBlock.run({ ...row, position: list.length });
        renumberBlocks(b.sectionId, insertAt(list, { ...b, position: list.length } as Block, position));
      }
      const saved = getBlock(b.id) as Block;
      audit.append({ actor, action: before ? 'update' : 'insert', entity: 'report_block', entityKey: b.id, old: before ?? null, new: saved });
      return saved;
    },
    moveBlock(id: string, sectionId: string, position: number, actor: string): void {
      const before = getBlock(id) as Block;
      const source = blocksOf(before.sectionId).filter((b) => b.id !== id);
      const target = sectionId === before.sectionId ? source : blocksOf(sectionId);
      if (sectionId !== before.sectionId) renumberBlocks(before.sectionId, source);
      renumberBlocks(sectionId, insertAt(target, before, position));
      audit.append({ actor, action: 'update', entity: 'report_block', entityKey: id, old: { sectionId: before.sectionId, position: before.position }, new: { sectionId, position }, context: 'move' });
    },
    deleteBlock(id: string, actor: string): void {
      const before = getBlock(id) as Block;
      q.deleteBlock.run({ id });
      renumberBlocks(before.sectionId, blocksOf(before.sectionId));
      audit.append({ actor, action: 'delete', entity: 'report_block', entityKey: id, old: before, new: null });
    },
  };
}
export type ReportOutlineRepo = ReturnType<typeof createReportOutlineRepo>;
