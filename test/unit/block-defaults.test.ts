// Every block a user can add starts valid in both languages, and a bullet list survives the
// round trip through its editor's document.
import { describe, expect, it } from 'vitest';
import { ADDABLE_BLOCK_TYPES, defaultBlockBody, docToItems, itemsToDoc } from '../../shared/report/block-defaults.js';
import { parseBlockBody } from '../../shared/report/blocks.js';
import type { Inline } from '../../shared/report/rich-text.js';

describe('new blocks', () => {
  it.each(ADDABLE_BLOCK_TYPES)('%s starts valid', (type) => {
    expect(parseBlockBody(defaultBlockBody(type, 'energy.electricity')).type).toBe(type);
  });
});

describe('bullet items and their document', () => {
  it('round-trips items with marks and live references; empty lines are dropped; nesting is flattened', () => {
    const items: Inline[][] = [
      [{ type: 'text', text: 'Cut ', marks: [{ type: 'bold' }] }, { type: 'kpiRef', attrs: { code: 'energy.electricity', dims: {}, year: 'current', show: 'value' } }],
      [{ type: 'text', text: 'Second' }],
    ];
    const doc = itemsToDoc(items);
    expect(docToItems(doc)).toEqual(items);
    doc.content.push({ type: 'paragraph' }, { type: 'paragraph', content: [{ type: 'text', text: 'Third' }] });
    expect(docToItems(doc).map((r) => r.length)).toEqual([2, 1, 1]);
    const nested = itemsToDoc([[{ type: 'text', text: 'a' }]]);
    const first = nested.content[0];
    if (first?.type === 'bulletList') first.content[0]?.content.push({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'b' }] }] }] });
    expect(docToItems(nested)).toEqual([[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]]);
  });
});
