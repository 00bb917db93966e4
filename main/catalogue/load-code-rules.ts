// Reads the HKEX Appendix C2 version and basis data (templates/catalogue/frameworks/
// hkex-versions.json, hkex-bases.json) and checks it against the catalogue's items, so that
// a rule naming an item the catalogue does not list fails loudly at start-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeItemsFromCatalogue, compileCodeRules, type CodeItem, type CodeRules } from '../../shared/framework/basis.js';
import { parseVersionsDoc, type VersionsDoc } from '../../shared/framework/versions.js';
import { TEMPLATES_DIR } from '../paths.js';
import { loadTemplateCatalogue } from './load-templates.js';

export interface CodeRuleSet {
  versions: VersionsDoc;
  items: CodeItem[];
  rules: CodeRules;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function loadCodeRules(dir: string = join(TEMPLATES_DIR, 'catalogue')): CodeRuleSet {
  const cat = loadTemplateCatalogue(dir);
  const items = codeItemsFromCatalogue(cat.docs.hkex, cat.docs['part-d']);
  return {
    versions: parseVersionsDoc(readJson(join(dir, 'frameworks', 'hkex-versions.json'))),
    items,
    rules: compileCodeRules(readJson(join(dir, 'frameworks', 'hkex-bases.json')), items),
  };
}
