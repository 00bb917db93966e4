// The paragraph the body builder places before each section heading and block: it holds only
// the hidden bookmark of anchors.ts, which placeAnchors moves into the paragraph that follows.
import { Bookmark, Paragraph } from 'docx';

/**
 * A paragraph holding only the bookmark: the builders place it before the heading or block it
 * marks, and `placeAnchors` moves the bookmark into the paragraph that follows (so the marker
 * adds no empty line to the page).
 */
export const anchorMarker = (name: string) => new Paragraph({ children: [new Bookmark({ id: name, children: [] })] });

