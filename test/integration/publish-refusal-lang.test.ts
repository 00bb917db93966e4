// A refused publication explains each open check error in the user's language: the API hands
// the findings over as codes with parameters (the app words them), and `report publish` with
// ESG_LANG=zh-Hant prints them in Traditional Chinese, never the English wording.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/handlers.js';
import { createHostContext } from '../../main/host/context.js';
import { renderMessage } from '../../shared/i18n/messages.js';
import { runCli } from '../cli-process.js';
import { tempDir } from '../helpers.js';

describe('a refused publication in the user language', () => {
  it('gives each check error as a code the app words in Chinese', async () => {
    const dir = tempDir();
    expect(runCli(['init', join(dir, 'sample.esg'), '--sample'], { ESG_LANG: 'en' }).code).toBe(0);
    const ctx = createHostContext(dir, join(dir, 'settings'));
    expect((await dispatch(ctx, 'workspace:open', { fileName: 'sample.esg' })).ok).toBe(true);
    const r = await dispatch(ctx, 'edition:publish', { year: 2024, force: false });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('check_errors');
    const issues = r.error.issues ?? [];
    expect(issues.length).toBe(2);
    const zh = issues.map((i) => (i.text ? renderMessage('zh-Hant', i.text) : i.message));
    expect(zh[0]).toContain('反貪腐');
    expect(zh.join('\n')).not.toMatch(/\bstates\b|\bbut the data give\b/);
    // A forced publication without a reason is refused with a code, not an English sentence.
    const forced = await dispatch(ctx, 'edition:publish', { year: 2024, force: true, reason: ' ' });
    expect(forced.ok).toBe(false);
    if (!forced.ok) expect(forced.error.issues?.map((i) => i.message)).toEqual(['publish.reasonRequired']);
    await dispatch(ctx, 'workspace:close', {});
  });

  it('prints the refusal and each error in Traditional Chinese on the command line', () => {
    const dir = tempDir();
    const ws = join(dir, 'sample.esg');
    expect(runCli(['init', ws, '--sample'], { ESG_LANG: 'en' }).code).toBe(0);
    const r = runCli(['report', 'publish', ws, '--year', '2024'], { ESG_LANG: 'zh-Hant' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('檢查仍有 2 項錯誤，2024 年報告不能發佈');
    expect(r.err).toContain('consistency.narrative_change: 「反貪腐」');
    expect(r.err).not.toMatch(/\bstates\b/);
  });
});
