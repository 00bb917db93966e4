// A block builder turns one block of the report model into document nodes. One module per
// block type; ./index.ts registers them.
import type { Paragraph, Table } from 'docx';
import type { BuildContext } from '../context.js';
import type { ReportBlock, ReportSection } from '../model.js';

export type DocNode = Paragraph | Table;

export type BlockBuilder = (block: ReportBlock, ctx: BuildContext, section: ReportSection) => DocNode[];

/** The block's content in the report language, typed by the builder that reads it. */
export function contentOf<T>(block: ReportBlock): T {
  return block.content as T;
}

export function configOf<T>(block: ReportBlock): T {
  return block.config as T;
}
