// The command line in the user's language: ESG_LANG, else the locale (zh_HK, zh_TW, zh-Hant
// give Traditional Chinese), else English. A refused import, an unknown command, a missing
// year, a usage error and a whole init → export → import → kpis session, in both languages.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFile } from '../helpers.js';

function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', ESG_LANG: '', ESG_ACTOR: 'cli-test', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * The English words of Chinese output once the paths and file names the test made are taken
 * out: only the names, codes and units the messages keep as they are may remain.
 */
const VERBATIM = new Set(['npm', 'run', 'cli', 'command', 'kpis', 'workspace', 'json', 'year', 'LibreOffice', 'ms', 'zh-Hant', 'GJ', 'YYYY', 'Y']);
function englishWords(text: string, ...paths: string[]): string[] {
  let t = text;
  for (const p of [...paths].sort((a, b) => b.length - a.length)) t = t.split(p).join('').split(basename(p)).join('');
  t = t.replace(/\b[a-z]+(\.[a-z_]+)+\b/g, ''); // metric codes (energy.heat)
  return (t.match(/[A-Za-z][A-Za-z_-]*/g) ?? []).filter((w) => !VERBATIM.has(w));
}

function session(env: NodeJS.ProcessEnv) {
  const dir = tempDir();
  const ws = join(dir, 'acme.esg');
  const xlsx = join(dir, 'annex.xlsx');
  const good = writeFile(dir, 'good.csv', 'metric,year,value,unit,dimensions,note\nenergy.heat,2024,1234,GJ,,\n');
  const again = writeFile(dir, 'again.csv', 'metric,year,value,unit,dimensions,note\nenergy.heat,2024,1300,GJ,,\n');
  const init = cli(env, 'init', ws, '--report-year', '2024');
  const empty = cli(env, 'kpis', ws, '--year', '2024');
  const exported = cli(env, 'export', ws, '--year', '2024', '--lang', 'zh-Hant', '--xlsx', xlsx);
  const noYear = cli(env, 'export', ws, '--year', '2019', '--xlsx', xlsx);
  const imported = cli(env, 'import', ws, good);
  const changed = cli(env, 'import', ws, again, '--overwrite');
  const kpis = cli(env, 'kpis', ws, '--year', '2024');
  return { dir, ws, xlsx, good, again, init, empty, exported, noYear, imported, changed, kpis };
}

describe('CLI messages in the user\'s language', { timeout: 120_000 }, () => {
  it('prints the problems of a refused import in Traditional Chinese with ESG_LANG=zh-Hant, in English without', () => {
    const dir = tempDir();
    const ws = join(dir, 'acme.esg');
    expect(cli({}, 'init', ws).code).toBe(0);
    const bad = writeFile(dir, 'bad.csv', 'metric,year,value,unit,dimensions,note\nwater.fresh,2024,1e308,萬噸,,\nenergy.heat,2024,lots,GJ,,\n');
    const zh = cli({ ESG_LANG: 'zh-Hant' }, 'import', ws, bad);
    expect(zh.code).toBe(1);
    expect(zh.err.split('\n')).toEqual([
      '匯入被拒，未寫入任何數據（2 個問題）：',
      `${bad}:2: water.fresh 數值「1e308」：由 萬噸 換算為 t 後數字過大，無法保存`,
      `${bad}:3: energy.heat 數值「lots」：應為數字（或 NA，並在 note 欄寫明原因）`,
      '',
    ]);
    const en = cli({ LANG: 'en_GB.UTF-8' }, 'import', ws, bad);
    expect(en.code).toBe(1);
    expect(en.err).toContain(`${bad}:3: energy.heat value "lots": expected a number (or NA with a reason in note)`);
    const kpis = cli({}, 'kpis', ws, '--year', '2024', '--json');
    expect(JSON.parse(kpis.out)).toEqual([]);
  });

  it('says an unknown command and a missing --year in Traditional Chinese, with the usage syntax as it is', () => {
    const unknown = cli({ ESG_LANG: 'zh-Hant' }, 'bogus');
    expect(unknown.code).toBe(2);
    const lines = unknown.err.split('\n');
    expect(lines.slice(0, 3)).toEqual(['沒有「bogus」這個指令。', '用法：npm run cli -- <command>', '']);
    expect(lines).toContain('  import <workspace> <file>... [--overwrite] [--year <Y>]   （--year：附有評論的報告 DOCX 所屬年度）');
    expect(englishWords(lines.slice(0, 2).join('\n'), 'bogus')).toEqual([]);

    const usage = cli({ ESG_LANG: 'zh-Hant' }, 'kpis', 'x.esg');
    expect(usage.code).toBe(2);
    expect(usage.err).toBe('必須提供 --year <YYYY>\n用法：npm run cli -- kpis <workspace> --year <Y> [--json]\n');
    expect(englishWords(usage.err, 'x.esg')).toEqual([]);

    const option = cli({ ESG_LANG: 'zh-Hant' }, 'kpis', 'x.esg', '--year', '2024', '--colour');
    expect(option.code).toBe(2);
    expect(option.err.split('\n')[0]).toBe('沒有 --colour 這個選項。');

    const missing = cli({ ESG_LANG: 'zh-Hant' }, 'kpis', join(tempDir(), 'none.esg'), '--year', '2024');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^找不到工作區 .*none\.esg。\n$/);
  });

  it('says the same in English by default', () => {
    const unknown = cli({}, 'bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n').slice(0, 2)).toEqual(['Unknown command "bogus".', 'Usage: npm run cli -- <command>']);
    expect(unknown.err).toContain('  import <workspace> <file>... [--overwrite] [--year <Y>]   (--year: the year of a commented report DOCX)');
    const usage = cli({}, 'kpis', 'x.esg');
    expect(usage.code).toBe(2);
    expect(usage.err).toBe('--year <YYYY> is required\nUsage: npm run cli -- kpis <workspace> --year <Y> [--json]\n');
  });

  it('runs init, export, import and kpis in Traditional Chinese: every line a user reads is Chinese', () => {
    const s = session({ ESG_LANG: 'zh-Hant' });
    const words = (text: string) => englishWords(text, s.ws, s.xlsx, s.good, s.again);
    expect(s.init.code).toBe(0);
    expect(s.init.out).toMatch(new RegExp(`^已建立 ${s.ws.replace(/[.\\]/g, '\\$&')}：\\d+ 項指標，0 項數值，年度 2024，用時 \\d+ ms\n$`));
    expect(s.empty.out).toBe('2024 年沒有數值。\n');
    expect(s.exported.code).toBe(0);
    expect(s.exported.out).toMatch(/^已寫入 .*annex\.xlsx（\d{1,3}(,\d{3})* 位元組，zh-Hant），用時 \d+ ms\n$/);
    expect(s.noYear.code).toBe(1);
    expect(s.noYear.err).toBe(`${s.ws} 沒有 2019 報告年度（現有年度：2024）。\n`);
    expect(s.imported.code).toBe(0);
    expect(s.imported.out).toBe(`${s.good}：1 項數值\n已匯入：新增 1 項，更改 0 項，0 項不變\n`);
    expect(s.changed.code).toBe(0);
    const [change, summary] = s.changed.out.split('\n').slice(-3);
    expect(change).toMatch(/^~ energy\.heat 2024（again\.csv:2）：/);
    expect(summary).toBe('已匯入：新增 0 項，更改 1 項，0 項不變');
    const table = s.kpis.out.split('\n');
    expect(table[0]?.split(/\s+/)).toEqual(['代碼', '細分', '數值', '單位', '類別']);
    expect(s.kpis.out).toMatch(/energy\.heat\s+1,300\s+GJ\s+填報/);
    for (const r of [s.init, s.empty, s.exported, s.noYear, s.imported, s.kpis]) expect(words(r.out + r.err)).toEqual([]);
  });

  it('runs the same session in English without ESG_LANG', () => {
    const s = session({});
    expect(s.init.out).toMatch(/^Created .*acme\.esg: \d+ metrics, 0 values, years 2024 in \d+ ms\n$/);
    expect(s.empty.out).toBe('No values for 2024.\n');
    expect(s.exported.out).toMatch(/^Wrote .*annex\.xlsx \(\d{1,3}(,\d{3})* bytes, zh-Hant\) in \d+ ms\n$/);
    expect(s.noYear.err).toBe(`${s.ws} has no reporting year 2019 (it has 2024).\n`);
    expect(s.imported.out).toBe(`${s.good}: 1 values\nImported: 1 new, 0 changed, 0 unchanged\n`);
    expect(s.changed.out).toMatch(/^~ energy\.heat 2024 \(again\.csv:2\): /m);
    expect(s.kpis.out.split('\n')[0]?.split(/\s+/)).toEqual(['code', 'dimensions', 'value', 'unit', 'kind']);
    expect(s.kpis.out).toMatch(/energy\.heat\s+1,300\s+GJ\s+entered/);
  });

  it('follows the locale when ESG_LANG is not set, and ESG_LANG over the locale', () => {
    expect(cli({ LANG: 'zh_HK.UTF-8' }, 'bogus').err.split('\n')[0]).toBe('沒有「bogus」這個指令。');
    expect(cli({ LANG: 'en_GB.UTF-8', LC_ALL: 'zh_TW.UTF-8' }, 'bogus').err.split('\n')[0]).toBe('沒有「bogus」這個指令。');
    expect(cli({ LANG: 'zh_HK.UTF-8', ESG_LANG: 'en' }, 'bogus').err.split('\n')[0]).toBe('Unknown command "bogus".');
  });
});
