// `check` speaks the CLI's language: ESG_LANG=zh-Hant words every finding in Traditional
// Chinese, in the table and in --json (which adds each finding's code and parameters).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { runCli } from '../cli-process.js';

interface JsonFinding { rule: string; message: string; code: string; params: Record<string, unknown> }

describe('check in the CLI language', () => {
  it('prints the sample’s findings in Traditional Chinese with ESG_LANG=zh-Hant or a zh_HK locale, in English by default', () => {
    const ws = join(tempDir(), 'acme.esg');
    expect(runCli(['init', ws, '--sample']).code).toBe(0);
    const zh = runCli(['check', ws, '--year', '2024'], { ESG_LANG: 'zh-Hant', LANG: 'C' });
    expect(zh.code).toBe(1);
    // The table's severities are words of the language too.
    expect(zh.out).not.toMatch(/^(error|warning|info)\b/m);
    const rows = zh.out.split('\n').filter((l) => /^(錯誤|警告|資訊)\s/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r, r).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.out).not.toMatch(/cannot be computed|neither disclosed|correct the text/);

    const en = runCli(['check', ws, '--year', '2024'], { ESG_LANG: '', LANG: 'en_GB.UTF-8', LC_ALL: '' });
    expect(en.out).toMatch(/correct the text or replace it with a live reference/);

    // A zh_HK locale speaks Chinese too; --json carries the message worded so, its code and parameters.
    const out = runCli(['check', ws, '--year', '2024', '--json'], { ESG_LANG: '', LC_ALL: 'zh_HK.UTF-8' }).out;
    const findings = JSON.parse(out) as JsonFinding[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.code, f.rule).toMatch(/^check\./);
      expect(f.params).toBeTypeOf('object');
      expect(f.message, f.code).toMatch(/[\u4e00-\u9fff]/);
    }
    const typed = findings.find((f) => f.rule === 'consistency.narrative_change');
    expect(typed?.code).toBe('check.narrative_change');
    expect(typed?.message).toContain('請更正文字或改用即時引用');
  });
});
