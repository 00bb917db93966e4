// What a new block starts with, per type, in both languages, and the conversion between a
// bullet list's items and the TipTap document its editor shows. Pure: the outline editor and
// the tests use the same defaults, and every default passes parseBlockBody.
import type { BlockBodyInput, BlockType } from './blocks.js';
import type { Inline, ListItem, RichDoc } from './rich-text.js';

/** Block types a user can add from the outline (an image needs its file added first). */
export const ADDABLE_BLOCK_TYPES = [
  'rich_text',
  'bullet_list',
  'case_study',
  'kpi_table',
  'target_table',
  'chart',
  'static_table',
  'stakeholder_table',
  'materiality',
  'climate_register',
  'scenario_table',
  'governance_facts',
  'governance_structure',
  'disclosure_index',
  'front_matter',
] as const satisfies readonly BlockType[];
export type AddableBlockType = (typeof ADDABLE_BLOCK_TYPES)[number];

const para = (text: string): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const both = <T>(zh: T, en: T) => ({ 'zh-Hant': zh, en });
const caption = both({ caption: '' }, { caption: '' });

/** A new block of the type; `metric` is the metric a new KPI table or trend chart starts with. */
export function defaultBlockBody(type: AddableBlockType, metric: string): BlockBodyInput {
  switch (type) {
    case 'rich_text':
      return { type, content: both({ doc: para('新段落') }, { doc: para('New paragraph') }) };
    case 'bullet_list':
      return { type, content: both({ items: [[{ type: 'text', text: '新項目' }]] }, { items: [[{ type: 'text', text: 'New item' }]] }) };
    case 'case_study':
      return { type, content: both({ title: '案例', doc: para('案例內容') }, { title: 'Case study', doc: para('What happened') }) };
    case 'kpi_table':
      return { type, config: { rows: [{ metric }], years: [-2, -1, 0] }, content: both({ caption: '', footnotes: [] }, { caption: '', footnotes: [] }) };
    case 'target_table':
      return { type, config: { targets: [], include_qualitative: true }, content: caption };
    case 'chart':
      return { type, config: { kind: 'kpi_trend', metrics: [{ metric }], years: [-2, -1, 0] }, content: caption };
    case 'static_table':
      return { type, content: both({ caption: '', header: ['項目', '說明'], rows: [['', '']], footnotes: [] }, { caption: '', header: ['Item', 'Description'], rows: [['', '']], footnotes: [] }) };
    case 'disclosure_index':
      return { type, config: { framework: 'hkex' }, content: caption };
    case 'governance_structure':
      return {
        type,
        config: { show_table: true },
        content: both(
          { caption: 'ESG管治架構', tiers: [{ name: '董事會', role: '' }, { name: 'ESG委員會', role: '' }, { name: 'ESG工作小組', role: '' }, { name: '各部門', role: '', members: ['部門一', '部門二'] }] },
          { caption: 'ESG governance structure', tiers: [{ name: 'Board', role: '' }, { name: 'ESG Committee', role: '' }, { name: 'ESG working group', role: '' }, { name: 'Departments', role: '', members: ['Department 1', 'Department 2'] }] },
        ),
      };
    case 'front_matter':
      return { type, config: { kind: 'board_approval' }, content: caption };
    default:
      return { type, content: caption };
  }
}

/** A bullet list's items as the document its editor edits: one list, one paragraph per item. */
export function itemsToDoc(items: readonly Inline[][]): RichDoc {
  return { type: 'doc', content: [{ type: 'bulletList', content: items.map((run) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [...run] }] })) }] };
}

/**
 * The items of an edited document: each paragraph is one item, nested lists flattened (the
 * report prints one level), empty paragraphs dropped.
 */
export function docToItems(doc: RichDoc): Inline[][] {
  const out: Inline[][] = [];
  const visit = (n: RichDoc['content'][number] | ListItem): void => {
    if (n.type === 'paragraph' || n.type === 'heading') {
      if (n.content?.some((x) => x.type !== 'text' || x.text.trim() !== '')) out.push(n.content);
    } else n.content.forEach(visit);
  };
  doc.content.forEach(visit);
  return out;
}
