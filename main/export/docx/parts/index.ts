import { backCoverPart } from './back-cover-part.js';
import { bodyPart } from './body-part.js';
import { contentsPart } from './contents-part.js';
import { coverPart } from './cover-part.js';
import { partDIndexPart } from './partd-index-part.js';
import type { DocumentPart } from './types.js';

/** The parts of the document, in reading order. */
export const DOCUMENT_PARTS: readonly DocumentPart[] = [coverPart, contentsPart, bodyPart, partDIndexPart, backCoverPart];
