// One U+FFFE (or a control character, or a lone surrogate) in any text a user typed must not
// make an export unreadable: the API refuses such text by field, and text that reached the
// workspace anyway (older files, imports) is removed at the export edge. The files are opened
// with python-docx and openpyxl, which refuse any XML 1.0 illegal character.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/handlers.js';
import { assertWellFormed } from '../../main/export/check-xml.js';
import { ExportError } from '../../main/export/export-error.js';
import { exportReportDocx } from '../../main/services/docx-export-service.js';
import { exportAnnex } from '../../main/services/export-service.js';
import { writeDepartmentWorkbooks } from '../../main/services/sheets-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { useSampleHost } from '../api-harness.js';
import { docxPart } from '../docx-text.js';

const PY = '/usr/bin/python3';
const BAD = '\uFFFE';

/** Columns that hold codes, units, numbers or structure, not prose a user reads. */
const STRUCTURAL = /^(id|.*_id|code|.*_code|key|.*_key|metric|unit|entered_unit|entered_value|formula|dimensions|breakdown|kind|type|status|dims|languages|currency|fiscal_year_end|horizons|ratings|years|pathway|category|risk_kind|framework|mime|sha256|.*_at|.*_by|actor|hkex|sasb|partd|label|area|owner|name|config)$/;
const SKIP_TABLES = new Set(['audit_log', 'export_log', 'workspace_meta', 'report_image']);

/** Prose: has a space or a non-ASCII character, and is not a date. */
const isProse = (s: string) => /[\s\u0080-\uffff]/.test(s) && !/^\d{4}-\d\d-\d\d/.test(s);

function poisonJson(v: unknown): unknown {
  if (typeof v === 'string') return isProse(v) ? `${v}${BAD}` : v;
  if (Array.isArray(v)) return v.map(poisonJson);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'type' || k === 'code' ? x : poisonJson(x)]));
  return v;
}

/** Appends U+FFFE to every prose text of the workspace, bypassing the API: how many were changed. */
function poisonWorkspace(file: string): number {
  const db = new Database(file);
  let changed = 0;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  for (const { name: table } of tables) {
    if (SKIP_TABLES.has(table)) continue;
    const cols = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[]).filter((c) => /TEXT/i.test(c.type) && !STRUCTURAL.test(c.name));
    for (const col of cols) {
      const rows = db.prepare(`SELECT rowid AS r, ${col.name} AS v FROM ${table} WHERE ${col.name} IS NOT NULL`).all() as { r: number; v: string }[];
      const update = db.prepare(`UPDATE ${table} SET ${col.name} = ? WHERE rowid = ?`);
      for (const { r, v } of rows) {
        let next: string;
        try {
          const parsed = JSON.parse(v) as unknown;
          next = parsed !== null && typeof parsed === 'object' ? JSON.stringify(poisonJson(parsed)) : isProse(v) ? `${v}${BAD}` : v;
        } catch {
          next = isProse(v) ? `${v}${BAD}` : v;
        }
        if (next !== v) {
          update.run(next, r);
          changed++;
        }
      }
    }
  }
  // The catalogue's names (dimension values, framework titles) are text the documents print too.
  for (const row of db.prepare('SELECT rowid AS r, json FROM catalogue_doc').all() as { r: number; json: string }[]) {
    const walk = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(walk) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, /^(name|title|topic)_(zh|en)$/.test(k) && typeof x === 'string' ? `${x}${BAD}` : walk(x)])) : v;
    db.prepare('UPDATE catalogue_doc SET json = ? WHERE rowid = ?').run(JSON.stringify(walk(JSON.parse(row.json))), row.r);
    changed++;
  }
  db.close();
  return changed;
}

async function partsWithIllegal(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const bad: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    if (/[\uFFFE\uFFFF\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(await entry.async('string'))) bad.push(name);
  }
  return bad;
}

const hasPython = existsSync(PY) && (() => {
  try {
    execFileSync(PY, ['-c', 'import docx, openpyxl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('U+FFFE in stored text', () => {
  it('is removed from every DOCX and XLSX the workspace exports, and the files open in python-docx and openpyxl', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esg-xmlsafe-'));
    const file = join(dir, 'sample.esg');
    createWorkspace(file, { sample: true, actor: 'test' }).close();
    expect(poisonWorkspace(file)).toBeGreaterThan(300);
    const ws = openWorkspace(file);
    try {
      const docx = { zh: join(dir, 'r-zh.docx'), en: join(dir, 'r-en.docx') };
      await exportReportDocx(ws, 2024, 'zh-Hant', docx.zh, 'test');
      await exportReportDocx(ws, 2024, 'en', docx.en, 'test');
      const xlsx = join(dir, 'annex.xlsx');
      await exportAnnex(ws, 2024, 'zh-Hant', xlsx, 'test');
      const sheetsDir = join(dir, 'sheets');
      mkdirSync(sheetsDir);
      const sheets = await writeDepartmentWorkbooks(ws, 2024, sheetsDir);
      const files = [docx.zh, docx.en, xlsx, ...sheets.map((s) => s.file)];
      for (const f of files) expect(await partsWithIllegal(f), f).toEqual([]);

      // The poisoned text is still there, without the character (it was appended, not inserted).
      const topic = (new Database(file, { readonly: true }).prepare('SELECT name_en FROM materiality_topic LIMIT 1').get() as { name_en: string }).name_en;
      expect(topic.endsWith(BAD)).toBe(true);
      const enDoc = await docxPart(readFileSync(docx.en), 'word/document.xml');
      expect(enDoc).toContain(topic.slice(0, -1));

      if (!hasPython) return;
      const script = join(dir, 'open.py');
      writeFileSync(
        script,
        [
          'import sys, docx, openpyxl',
          'n = 0',
          'for f in sys.argv[1:]:',
          '    if f.endswith(".docx"):',
          '        d = docx.Document(f)',
          '        n += len(d.paragraphs) + len(d.tables)',
          '    else:',
          '        wb = openpyxl.load_workbook(f)',
          '        n += sum(ws.max_row for ws in wb.worksheets)',
          'print(n)',
        ].join('\n'),
      );
      const out = execFileSync(PY, [script, ...files], { encoding: 'utf8' });
      expect(Number(out.trim())).toBeGreaterThan(100);
    } finally {
      ws.close();
    }
  }, 120_000);
});

describe('the last check before writing', () => {
  it('fails with a message code when a part is not well-formed', () => {
    let err: unknown;
    try {
      assertWellFormed('word/document.xml', '<w:document><w:t>a</w:document>');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ExportError);
    expect(err).toMatchObject({ code: 'export.error.invalidXml', params: { part: 'word/document.xml' } });
    expect(() => assertWellFormed('x.xml', '<a b="1">ok</a>')).not.toThrow();
    expect(() => assertWellFormed('x.xml', `<a>${BAD}</a>`)).toThrow(ExportError);
  });
});

describe('typed text with U+FFFE', () => {
  const host = useSampleHost('esg-xmlsafe-api-');
  it('is refused by field, in a topic name, a value note and a block text; nothing is written', async () => {
    const topics = await host.call<{ id: string; position: number }[]>('register:list', { year: 2024, kind: 'topics' });
    const { position: _p, ...row } = topics[0] as { id: string; position: number; nameEn: string };
    const topic = await dispatch(host.ctx, 'register:update', { year: 2024, kind: 'topics', row: { ...row, nameEn: `Water${BAD}` } });
    expect(topic).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!topic.ok && topic.error.issues?.map((i) => i.path)).toEqual(['row.nameEn']);

    const note = await dispatch(host.ctx, 'data:set-value', { metric: 'energy.electricity', year: 2024, dims: {}, patch: { note: `read from the bill\u0007` } });
    expect(note).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!note.ok && note.error.issues?.map((i) => i.path)).toEqual(['patch.note']);

    const body = { type: 'bullet_list', content: { 'zh-Hant': { items: [[{ type: 'text', text: `甲${BAD}` }]] }, en: { items: [[{ type: 'text', text: 'A' }]] } } };
    const block = await dispatch(host.ctx, 'block:add', { year: 2024, sectionId: 'about', body });
    expect(block).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!block.ok && block.error.issues?.every((i) => i.path.startsWith('body.'))).toBe(true);
    expect((await host.call<{ id: string; nameEn: string }[]>('register:list', { year: 2024, kind: 'topics' }))[0]?.nameEn).toBe(row.nameEn);
  });
});

