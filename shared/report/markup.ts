// A small authoring markup for templates and the sample, turned into the TipTap JSON the app
// stores (the files stay readable; the database never holds markup):
//   paragraphs separated by a blank line; "## " heading; "- " bullet items;
//   **bold**, _italic_; [^footnote text];
//   {{kpi:CODE;dim=value@previous#change_pct}} a live KPI reference (dims, year, show optional);
//   {{link:CODE#value|typed text}} typed text tied to a metric (checked against data).
import type { BlockNode, Inline, Mark, Paragraph, RichDoc } from './rich-text.js';
import { richDocSchema } from './rich-text.js';

const TOKEN = /\*\*(.+?)\*\*|_(.+?)_|\[\^(.+?)\]|\{\{kpi:([^}]+)\}\}|\{\{link:([^|}]+)\|([^}]+)\}\}/g;

function parseRefSpec(spec: string): { code: string; dims: Record<string, string>; year?: string; show?: string } {
  let rest = spec.trim();
  let show: string | undefined;
  let year: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) [rest, show] = [rest.slice(0, hash), rest.slice(hash + 1)];
  const at = rest.indexOf('@');
  if (at >= 0) [rest, year] = [rest.slice(0, at), rest.slice(at + 1)];
  const [code = '', ...dimParts] = rest.split(';');
  const dims: Record<string, string> = {};
  for (const p of dimParts) {
    const [k, v] = p.split('=');
    if (k && v) dims[k.trim()] = v.trim();
  }
  return { code: code.trim(), dims, ...(year ? { year } : {}), ...(show ? { show } : {}) };
}

export function parseInline(text: string, marks: Mark[] = []): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  const pushText = (t: string, m: Mark[]) => {
    if (t) out.push(m.length ? { type: 'text', text: t, marks: m } : { type: 'text', text: t });
  };
  for (const match of text.matchAll(TOKEN)) {
    pushText(text.slice(last, match.index), marks);
    last = match.index + match[0].length;
    const [, bold, italic, note, ref, linkSpec, linkText] = match;
    if (bold !== undefined) out.push(...parseInline(bold, [...marks, { type: 'bold' }]));
    else if (italic !== undefined) out.push(...parseInline(italic, [...marks, { type: 'italic' }]));
    else if (note !== undefined) out.push({ type: 'footnote', attrs: { text: note } });
    else if (ref !== undefined) {
      const r = parseRefSpec(ref);
      const year = r.year === undefined ? 'current' : /^\d{4}$/.test(r.year) ? Number(r.year) : (r.year as 'current' | 'previous');
      out.push({ type: 'kpiRef', attrs: { code: r.code, dims: r.dims, year, show: (r.show ?? 'value') as 'value' | 'change_pct' } });
    } else if (linkSpec !== undefined && linkText !== undefined) {
      const r = parseRefSpec(linkSpec);
      pushText(linkText, [...marks, { type: 'metricLink', attrs: { code: r.code, dims: r.dims, compare: (r.show ?? 'change_pct') as 'change_pct' | 'value' } }]);
    }
  }
  pushText(text.slice(last), marks);
  return out;
}

const paragraph = (line: string): Paragraph => {
  const content = parseInline(line);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
};

/** Markup → a validated TipTap document (throws on a malformed reference). */
export function markupToDoc(markup: string): RichDoc {
  const blocks: BlockNode[] = [];
  for (const chunk of markup.split(/\n\s*\n/).map((c) => c.trim()).filter(Boolean)) {
    const lines = chunk.split('\n').map((l) => l.trim());
    if (lines.every((l) => l.startsWith('- '))) {
      blocks.push({ type: 'bulletList', content: lines.map((l) => ({ type: 'listItem', content: [paragraph(l.slice(2))] })) });
    } else if (chunk.startsWith('## ')) {
      blocks.push({ type: 'heading', attrs: { level: 3 }, content: parseInline(chunk.slice(3)) });
    } else {
      blocks.push(paragraph(lines.join(' ')));
    }
  }
  return richDocSchema.parse({ type: 'doc', content: blocks });
}

/** The text a reader sees of one line of markup, footnotes left out (chart labels, alt text). */
export function markupPlainText(text: string): string {
  return parseInline(text)
    .map((n) => (n.type === 'text' ? n.text : ''))
    .join('');
}
