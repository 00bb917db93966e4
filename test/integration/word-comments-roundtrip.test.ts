// Issue 15, item 7 end to end as a reviewer does it: the sample report is exported to DOCX,
// LibreOffice (scripted through UNO, test/uno/annotate-docx.py) adds comments on a block's
// sentence, a section heading and a KPI table cell, and one on the cover, and stores it as
// Word 2007 XML; `import` puts each comment on its section or block with its reviewer, date
// and quoted passage, leaves the cover's out (and says so), adds nothing the second time,
// and refuses the file in another workspace and for another edition.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../main/export/pdf/find-soffice.js';
import { runCli, ROOT } from '../cli-process.js';
import { tempDir } from '../helpers.js';

const PYTHON = '/usr/bin/python3';
const soffice = findSoffice();
const hasUno = soffice !== null && spawnSync(PYTHON, ['-c', 'import uno'], { encoding: 'utf8' }).status === 0;

interface CommentJson {
  id: number;
  target: 'value' | 'section' | 'block';
  section: string | null;
  block: string | null;
  text: string;
  author: string;
  created_at: string;
  resolved_at: string | null;
  quote: string | null;
  origin: 'app' | 'word';
}

function annotate(dir: string, docx: string, spec: unknown[]): string {
  const out = join(dir, 'reviewed.docx');
  const specFile = join(dir, 'spec.json');
  writeFileSync(specFile, JSON.stringify(spec));
  mkdirSync(join(dir, 'lo'), { recursive: true });
  const port = String(20_000 + Math.floor(Math.random() * 30_000));
  const r = spawnSync(PYTHON, [join(ROOT, 'test', 'uno', 'annotate-docx.py'), soffice as string, docx, out, join(dir, 'lo'), port, specFile], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`annotate-docx.py failed: ${r.stderr}`);
  return out;
}

describe.skipIf(!hasUno)('reviewers\u2019 Word comments read back', () => {
  it('places LibreOffice comments on the right sections and blocks, once, in this workspace and edition only', () => {
    const dir = tempDir();
    const ws = join(dir, 'w.esg');
    expect(runCli(['init', ws, '--sample']).code).toBe(0);
    const docx = join(dir, 'report.docx');
    expect(runCli(['export', ws, '--year', '2024', '--docx', docx]).code).toBe(0);
    const reviewed = annotate(dir, docx, [
      { find: '本報告是快手科技發佈的第五份', author: '陳審閱', text: '請說明第五份報告的範圍是否與去年一致。' },
      { find: '1.1.1 氣候管治', occurrence: 'last', author: 'Reviewer Lee', text: "Add the board's oversight frequency." },
      { find: '外購電力', author: 'Reviewer Lee', text: '外購電力是否包括數據中心？' },
      { find: 'Kuaishou Technology', author: 'Reviewer Lee', text: 'Cover: use the registered name.' },
    ]);

    const first = runCli(['import', ws, reviewed], { ESG_LANG: 'en' });
    expect(first.code).toBe(0);
    expect(first.out).toContain('reviewed.docx: 3 reviewer comment(s) imported, 0 already imported before (2024 edition)');
    expect(first.err).toContain('comment by Reviewer Lee ("Cover: use the registered name.") is not inside any section of the report and was not imported');

    const list = JSON.parse(runCli(['comment', 'list', ws, '--year', '2024', '--json']).out) as CommentJson[];
    const byText = (t: string) => list.find((c) => c.text === t);
    expect(list).toHaveLength(3);
    expect(byText('請說明第五份報告的範圍是否與去年一致。')).toMatchObject({ target: 'block', section: 'about', block: 'about-text', author: '陳審閱', quote: '本報告是快手科技發佈的第五份', origin: 'word', resolved_at: null, created_at: '2025-03-10T09:30:00Z' });
    expect(byText("Add the board's oversight frequency.")).toMatchObject({ target: 'section', section: 'climate-governance', block: null, quote: '1.1.1 氣候管治', author: 'Reviewer Lee' });
    expect(byText('外購電力是否包括數據中心？')).toMatchObject({ target: 'block', section: 'env-kpis', block: 'env-kpis-energy', quote: '外購電力' });

    // The same file again adds nothing; the comments stay open where they are.
    const again = runCli(['import', ws, reviewed], { ESG_LANG: 'zh-Hant' });
    expect(again.code).toBe(0);
    expect(again.out).toContain('reviewed.docx：已匯入 0 則審閱評論，3 則先前已匯入（2024年版本）');
    expect(JSON.parse(runCli(['comment', 'list', ws, '--year', '2024', '--json']).out)).toHaveLength(3);

    // Another edition than the one named, and another workspace, are refused; nothing is written.
    const edition = runCli(['import', ws, reviewed, '--year', '2023'], { ESG_LANG: 'en' });
    expect(edition.code).toBe(1);
    expect(edition.err.trim()).toBe('reviewed.docx is the report of the 2024 edition, not of 2023; its comments were not imported');
    const other = join(dir, 'other.esg');
    expect(runCli(['init', other, '--sample']).code).toBe(0);
    const foreign = runCli(['import', other, reviewed], { ESG_LANG: 'zh-Hant' });
    expect(foreign.code).toBe(1);
    expect(foreign.err.trim()).toBe('reviewed.docx 由另一個工作區匯出，其評論未有匯入');
    expect(JSON.parse(runCli(['comment', 'list', other, '--year', '2024', '--json']).out)).toEqual([]);
  }, 180_000);
});
