// Template blocks (templates/report/outline.json, templates/sample/report/*.json) may write
// rich text in the markup of markup.ts; this expands them into stored block bodies.
import type { BlockBodyInput } from './blocks.js';
import { markupToDoc, parseInline } from './markup.js';

type Json = Record<string, unknown>;

function expandContent(c: unknown): unknown {
  if (typeof c !== 'object' || c === null) return c;
  const out: Json = { ...(c as Json) };
  if (typeof out['markup'] === 'string') {
    out['doc'] = markupToDoc(out['markup']);
    delete out['markup'];
  }
  if (Array.isArray(out['items'])) out['items'] = (out['items'] as unknown[]).map((i) => (typeof i === 'string' ? parseInline(i) : i));
  return out;
}

/** A template block → the body addBlock accepts (markup turned into TipTap JSON). */
export function expandTemplateBlock(raw: unknown): BlockBodyInput & { id?: string } {
  const b = raw as Json & { content?: Json };
  const content = b.content ?? {};
  return {
    ...(typeof b['id'] === 'string' ? { id: b['id'] } : {}),
    type: b['type'] as BlockBodyInput['type'],
    config: b['config'] ?? {},
    content: { 'zh-Hant': expandContent(content['zh-Hant']), en: expandContent(content['en']) },
  };
}
