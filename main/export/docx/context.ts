// What every builder gets besides its block: the document model, the language, and the
// footnote register. Footnote ids are handed out in reading order, so the same model always
// gives the same ids (part of "same workspace, same bytes").
import { Paragraph, TextRun } from 'docx';
import type { Lang } from '../../../shared/domain.js';
import type { RenderedCharts } from './charts/prepare.js';
import type { DocxModel } from './model.js';

export class FootnoteRegister {
  private readonly notes: { id: number; text: string }[] = [];

  /** Registers a footnote and returns its id for a FootnoteReferenceRun. */
  add(text: string): number {
    const id = this.notes.length + 1;
    this.notes.push({ id, text });
    return id;
  }

  get size(): number {
    return this.notes.length;
  }

  texts(): string[] {
    return this.notes.map((n) => n.text);
  }

  /** The `footnotes` option of the docx Document. */
  toDocument(): Record<number, { children: Paragraph[] }> {
    return Object.fromEntries(this.notes.map((n) => [n.id, { children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(n.text)] })] }]));
  }
}

export interface BuildContext {
  model: DocxModel;
  lang: Lang;
  footnotes: FootnoteRegister;
  /** Charts and SVG images, rendered beforehand, by block id. */
  charts: RenderedCharts;
  /** Ordered lists restart per list: each gets its own numbering instance. */
  nextListInstance(): number;
}

export function createContext(model: DocxModel, charts: RenderedCharts = new Map()): BuildContext {
  let instance = 0;
  return { model, lang: model.lang, footnotes: new FootnoteRegister(), charts, nextListInstance: () => ++instance };
}
