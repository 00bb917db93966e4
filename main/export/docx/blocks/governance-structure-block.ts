// The ESG governance structure: the diagram of its tiers (drawn beforehand, charts/prepare.ts,
// as SVG with a PNG fallback) and, unless the block turns it off, the table of each tier's
// role, its members listed under the role.
import { translate } from '../../../../shared/i18n/strings.js';
import type { BlockContent } from '../../../../shared/report/blocks.js';
import { buildTable, caption } from '../table-kit.js';
import { chartParagraph } from './chart-image.js';
import { configOf, contentOf, type BlockBuilder, type DocNode } from './types.js';

export const buildGovernanceStructureBlock: BlockBuilder = (block, ctx) => {
  const c = contentOf<BlockContent<'governance_structure'>>(block);
  const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(ctx.lang, key, params);
  const out: DocNode[] = [...caption(c.caption)];
  const diagram = ctx.charts.get(block.id);
  if (diagram) out.push(chartParagraph(diagram, c.caption || c.tiers.map((x) => x.name).join(' → ')));
  if (configOf<{ show_table?: boolean }>(block).show_table !== false) {
    const sep = ctx.lang === 'en' ? ', ' : '、';
    out.push(
      buildTable({
        weights: [2, 5],
        header: [say('doc.governance.tier'), say('doc.governance.role')],
        rows: c.tiers.map((x) => [{ content: x.name, bold: true }, [x.role, x.members.length ? say('doc.governance.members', { members: x.members.join(sep) }) : ''].filter(Boolean).join('\n')]),
      }),
    );
  }
  return out;
};
