// Report editions end to end through the command line, as issue 11's "Done when" reads: publish
// the sample's 2024 report (it needs --force --reason: check flags the +22.0% slip), roll it
// forward to 2025, import 2025 data, edit the 2025 narrative through the API, restate a 2024
// value with --overwrite; the 2024 exports stay byte-identical to those of publication, and
// the 2025 report footnotes the restatement.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/handlers.js';
import { createHostContext } from '../../main/host/context.js';
import { SAMPLE_DIR } from '../../main/services/workspace-service.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { runCli } from '../cli-process.js';
import { tempDir } from '../helpers.js';
import { docxPart } from '../docx-text.js';

const cli = (...args: string[]) => runCli(args, { ESG_LANG: 'en' });

async function xmlOf(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return await docxPart(zip, part);
}
// The text as a reader sees it: no-break spaces read as spaces, word joiners as nothing.
const visible = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/\u00a0/g, ' ')
    .replace(/\u2060/g, '');

interface Finding {
  severity: string;
  rule: string;
  metric: string;
}

describe('report editions through the CLI', { timeout: 600_000 }, () => {
  it('publishes 2024, rolls forward to 2025, keeps the 2024 files byte for byte and footnotes a restatement in 2025', async () => {
    const dir = tempDir();
    const ws = join(dir, 'sample.esg');
    expect(cli('init', ws, '--sample').code).toBe(0);

    // Refused while check reports errors, naming them; --force needs --reason.
    const refused = cli('report', 'publish', ws, '--year', '2024');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('cannot be published while check reports 2 error(s)');
    expect(refused.err).toContain('consistency.narrative_change');
    expect(cli('report', 'publish', ws, '--year', '2024', '--force').code).toBe(2);
    const published = cli('report', 'publish', ws, '--year', '2024', '--force', '--reason', 'Approved by the ESG committee on 28 March');
    expect(published.code, published.err).toBe(0);
    expect(published.out).toContain('Published the 2024 report over 2 check error(s)');

    const at = (name: string) => join(dir, name);
    for (const lang of ['zh-Hant', 'en']) {
      const r = cli('export', ws, '--year', '2024', '--lang', lang, '--docx', at(`pub-${lang}.docx`), '--xlsx', at(`pub-${lang}.xlsx`));
      expect(r.code, r.err).toBe(0);
    }

    const rolled = cli('report', 'roll-forward', ws, '--from', '2024', '--to', '2025', '--carry-factors');
    expect(rolled.code, rolled.err).toBe(0);
    expect(rolled.out).toMatch(/Started the 2025 report from 2024: \d+ blocks to review, \d+ factors carried to confirm/);

    // 2025 data: the sample's 2024 package a year on, electricity 5% up.
    const csv = readFileSync(join(SAMPLE_DIR, 'data-2024.csv'), 'utf8')
      .split('\n')
      .map((l, i) => (i === 0 ? l : l.replace(/^([^,]+),2024,/, '$1,2025,')))
      .filter((l, i) => i === 0 || !l.startsWith('factor.'))
      .join('\n');
    writeFileSync(at('data-2025.csv'), csv.replace(/^energy\.electricity,2025,509733\.53,/m, 'energy.electricity,2025,535220.21,'));
    const imported = cli('import', ws, at('data-2025.csv'));
    expect(imported.code, imported.err).toBe(0);

    // 2025 carries warnings for unreviewed blocks and carried factors.
    const check25 = JSON.parse(cli('check', ws, '--year', '2025', '--json').out) as Finding[];
    expect(check25.filter((f) => f.rule === 'narrative.carried').length).toBeGreaterThan(10);
    expect(check25.filter((f) => f.rule === 'factor.carried').map((f) => f.metric)).toContain('factor.grid_location');

    // Edit the 2025 narrative through the API, as the app does; the 2024 edition refuses.
    const ctx = createHostContext(dir, join(dir, 'settings'));
    const call = async (method: string, input: unknown) => {
      const r = await dispatch(ctx, method, input);
      if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
      return r.value as Record<string, unknown>;
    };
    await call('workspace:open', { fileName: 'sample.esg' });
    const outline = (await call('outline:get', { year: 2025 })) as unknown as { blocks: { id: string; type: string; content: Record<string, unknown>; config: unknown; carriedFrom?: number | null }[] };
    const text = outline.blocks.find((b) => b.type === 'rich_text');
    expect(text?.carriedFrom).toBe(2024);
    const doc = (lang: string, t: string) => ({ doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] } });
    const edited = await call('block:update', {
      year: 2025,
      id: text?.id,
      body: { type: 'rich_text', config: text?.config ?? {}, content: { 'zh-Hant': doc('zh-Hant', '本年度我們擴大了數據中心的綠色電力採購。'), en: doc('en', 'This year we widened the green power bought for our data centres.') } },
    });
    expect(edited['carriedFrom']).toBeNull();
    const outline24 = (await call('outline:get', { year: 2024 })) as unknown as { blocks: { id: string; type: string; config: unknown; content: unknown }[] };
    const b24 = outline24.blocks.find((b) => b.type === 'rich_text');
    const frozen = await dispatch(ctx, 'block:update', { year: 2024, id: b24?.id, body: { type: 'rich_text', config: b24?.config ?? {}, content: { 'zh-Hant': doc('zh-Hant', 'x'), en: doc('en', 'x') } } });
    expect(frozen.ok).toBe(false);
    if (!frozen.ok) expect(frozen.error).toMatchObject({ code: 'edition_published', params: { year: 2024 } });
    ctx.session.close();

    // Restate a 2024 value; the reason is the value's note.
    writeFileSync(at('restate.csv'), 'metric,year,value,unit,dimensions,note\nenergy.electricity,2024,512000,MWh,,Data-centre meter reading corrected after audit\n');
    const restated = cli('import', ws, at('restate.csv'), '--overwrite');
    expect(restated.code, restated.err).toBe(0);

    for (const lang of ['zh-Hant', 'en']) {
      const r = cli('export', ws, '--year', '2024', '--lang', lang, '--docx', at(`again-${lang}.docx`), '--xlsx', at(`again-${lang}.xlsx`));
      expect(r.code, r.err).toBe(0);
      expect(readFileSync(at(`again-${lang}.docx`)).equals(readFileSync(at(`pub-${lang}.docx`)))).toBe(true);
      expect(readFileSync(at(`again-${lang}.xlsx`)).equals(readFileSync(at(`pub-${lang}.xlsx`)))).toBe(true);
    }
    // …and the stored files are those very bytes.
    const w = openWorkspace(ws, { readonly: true });
    const kept = w.db.prepare(`SELECT bytes FROM edition_export WHERE year = 2024 AND kind = 'docx' AND lang = 'en'`).get() as { bytes: Buffer };
    expect(kept.bytes.equals(readFileSync(at('pub-en.docx')))).toBe(true);
    const audit = w.db.prepare(`SELECT context FROM audit_log WHERE entity = 'report_edition' ORDER BY id`).all() as { context: string }[];
    expect(audit.map((a) => a.context)).toContain('publish --force: Approved by the ESG committee on 28 March');
    w.close();

    const r25 = cli('export', ws, '--year', '2025', '--lang', 'en', '--docx', at('2025-en.docx'));
    expect(r25.code, r25.err).toBe(0);
    const notes = visible(await xmlOf(at('2025-en.docx'), 'word/footnotes.xml'));
    expect(notes).toContain('The 2024 figure is restated from 509,733.53 to 512,000.00 MWh; reason: Data-centre meter reading corrected after audit.');
    const r25zh = cli('export', ws, '--year', '2025', '--lang', 'zh-Hant', '--docx', at('2025-zh.docx'));
    expect(r25zh.code, r25zh.err).toBe(0);
    const zhNotes = visible(await xmlOf(at('2025-zh.docx'), 'word/footnotes.xml'));
    expect(zhNotes).toContain('2024年數值已重述：由509,733.53改為512,000.00');
    // The reason was typed in English: a working note, never printed in the Chinese report.
    expect(zhNotes).not.toContain('Data-centre meter reading');
    expect(notes).toMatch(/restated from [\d,.]+ to [\d,.]+ tCO₂e; reason: recalculated from restated inputs/);

    // Unpublish needs a reason; afterwards the 2024 edition is editable again.
    expect(cli('report', 'unpublish', ws, '--year', '2024').code).toBe(2);
    const un = cli('report', 'unpublish', ws, '--year', '2024', '--reason', 'Restated figures to be reissued');
    expect(un.code, un.err).toBe(0);
  });
});
