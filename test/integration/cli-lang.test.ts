// A refused import, as the command line says it in Traditional Chinese (ESG_LANG=zh-Hant)
// and in English; the workspace unchanged either way.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFile } from '../helpers.js';

function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', ESG_LANG: '', ESG_ACTOR: 'cli-test', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
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
      `${bad}:2: water.fresh 數值「1e308」: 由 萬噸 換算為 t 後數字過大，無法保存`,
      `${bad}:3: energy.heat 數值「lots」: 應為數字（或 NA，並在 note 欄寫明原因）`,
      '',
    ]);
    const en = cli({ LANG: 'en_GB.UTF-8' }, 'import', ws, bad);
    expect(en.code).toBe(1);
    expect(en.err).toContain(`${bad}:3: energy.heat value "lots": expected a number (or NA with a reason in note)`);
    const kpis = cli({}, 'kpis', ws, '--year', '2024', '--json');
    expect(JSON.parse(kpis.out)).toEqual([]);
  });
});
