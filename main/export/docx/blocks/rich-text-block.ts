import type { RichDoc } from '../../../../shared/report/rich-text.js';
import { buildRichDoc } from '../inline.js';
import { contentOf, type BlockBuilder } from './types.js';

export const buildRichTextBlock: BlockBuilder = (block, ctx) => buildRichDoc(contentOf<{ doc: RichDoc }>(block).doc, ctx);
