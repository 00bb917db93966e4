// An image from the workspace, scaled to its share of the text width. An SVG image gets the
// PNG fallback Word requires, rasterised beforehand (charts/prepare.ts).
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { caption } from '../table-kit.js';
import { CONTENT_WIDTH_PX } from '../charts/prepare.js';
import { configOf, contentOf, type BlockBuilder } from './types.js';

export const buildImageBlock: BlockBuilder = (block, ctx) => {
  const cfg = configOf<{ image_id: string; width_pct: number }>(block);
  const c = contentOf<{ caption: string; alt: string }>(block);
  const img = ctx.model.images.get(cfg.image_id);
  if (!img) return [];
  const width = Math.round((CONTENT_WIDTH_PX * cfg.width_pct) / 100);
  const ratio = img.width && img.height ? img.height / img.width : 0.75;
  const transformation = { width, height: Math.round(width * ratio) };
  const altText = { name: c.alt || c.caption || cfg.image_id, description: c.alt || c.caption, title: c.caption };
  const run =
    img.mime === 'image/svg+xml'
      ? new ImageRun({
          type: 'svg',
          data: img.bytes,
          fallback: { type: 'png', data: ctx.charts.get(block.id)?.png ?? Buffer.alloc(0) },
          transformation,
          altText,
        })
      : new ImageRun({ type: img.mime === 'image/png' ? 'png' : 'jpg', data: img.bytes, transformation, altText });
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run] }), ...caption(c.caption)];
};
