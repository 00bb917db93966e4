// The document is an ordered list of parts (cover, contents, body); each builds its nodes
// from the model and says which page section it belongs to: the cover and the back cover
// have no header, footer or page number.
import type { BuildContext } from '../context.js';
import type { DocNode } from '../blocks/types.js';
import type { TableOfContents } from 'docx';

export interface DocumentPart {
  section: 'cover' | 'main' | 'back';
  build(ctx: BuildContext): (DocNode | TableOfContents)[];
}
