import { Paragraph } from 'docx';
import type { ResolvedInline } from '../../../../shared/report/resolve.js';
import { buildRuns } from '../inline.js';
import { NUMBERING } from '../styles.js';
import { contentOf, type BlockBuilder } from './types.js';

export const buildBulletListBlock: BlockBuilder = (block, ctx) =>
  contentOf<{ items: ResolvedInline[][] }>(block).items.map((item) => new Paragraph({ numbering: { reference: NUMBERING.bullet, level: 0 }, children: buildRuns(item, ctx) }));
