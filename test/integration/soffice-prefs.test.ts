// Which soffice PDF export runs: found on PATH, taken from the preferences file of the settings
// folder (set with `esg-studio prefs --soffice`, read by `export --pdf` and the export screen),
// or missing, with a message code the UI and the CLI word in their language.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/api/contract.js';
import type { SofficeStatus } from '../../shared/api/contract-prefs.js';
import { sofficeText } from '../../shared/i18n/soffice-text.js';
import { translate } from '../../shared/i18n/strings.js';
import { createPrefs } from '../../main/api/prefs.js';
import { findLibreOffice, locateSoffice } from '../../main/export/pdf/find-soffice.js';
import { ExportError } from '../../main/export/export-error.js';
import { useSampleHost } from '../api-harness.js';
import { runCli } from '../cli-process.js';
import { tempDir } from '../helpers.js';

/** An executable file named soffice in a folder of its own (it is only located, never run). */
function fakeSoffice(): { dir: string; path: string } {
  const dir = join(tempDir(), 'lo', 'program');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'soffice');
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, 0o755);
  return { dir, path };
}

// darwin: its usual install folder (/Applications/…) does not exist here, so only PATH and
// the preference can find one.
const platform = 'darwin' as const;

describe('locating soffice', () => {
  it('finds soffice on PATH when nothing is set', () => {
    const lo = fakeSoffice();
    expect(locateSoffice({ env: { PATH: `/nonexistent:${lo.dir}` }, platform })).toEqual({ found: true, path: lo.path, from: 'path' });
  });

  it('uses the preference when soffice is not on PATH, and before PATH when it is', () => {
    const lo = fakeSoffice();
    const other = fakeSoffice();
    expect(locateSoffice({ soffice: lo.path, env: { PATH: '' }, platform })).toEqual({ found: true, path: lo.path, from: 'preference' });
    expect(locateSoffice({ soffice: lo.path, env: { PATH: other.dir }, platform })).toEqual({ found: true, path: lo.path, from: 'preference' });
  });

  it('reports none, or a preference that is gone, as message codes in both languages', () => {
    const none = locateSoffice({ env: { PATH: '' }, platform });
    expect(none).toEqual({ found: false, set: null, from: null });
    expect(sofficeText('en', none)).toBe(translate('en', 'export.sofficeMissing'));
    expect(sofficeText('zh-Hant', none)).toBe(translate('zh-Hant', 'export.sofficeMissing'));
    const gone = join(tempDir(), 'soffice');
    const stale = locateSoffice({ soffice: gone, env: { PATH: fakeSoffice().dir }, platform });
    // a chosen program that is gone is reported, not silently replaced by the one on PATH
    expect(stale).toEqual({ found: false, set: gone, from: 'preference' });
    expect(sofficeText('zh-Hant', stale)).toBe(`偏好設定中的 soffice（${gone}）不存在。請重新選擇，或清除設定。`);
    let err: unknown;
    try {
      findLibreOffice({ soffice: gone, env: { PATH: '' }, platform });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ExportError);
    expect(err).toMatchObject({ code: 'export.error.noSofficeAt', params: { path: gone } });
  });

  it('keeps the preference in preferences.json of the settings folder, refusing a relative path', () => {
    const dir = tempDir();
    const prefs = createPrefs(join(dir, 'settings'));
    expect(prefs.read()).toEqual({ soffice: null });
    prefs.setSoffice('/opt/lo/soffice');
    expect(JSON.parse(readFileSync(join(dir, 'settings', 'preferences.json'), 'utf8'))).toEqual({ soffice: '/opt/lo/soffice' });
    expect(() => prefs.setSoffice('lo/soffice')).toThrow('prefs.soffice_relative');
    expect(createPrefs(join(dir, 'settings')).read()).toEqual({ soffice: '/opt/lo/soffice' });
    writeFileSync(prefs.file, '{ not json');
    expect(prefs.read()).toEqual({ soffice: null });
  });
});

describe('esg-studio prefs', () => {
  it('sets, shows and clears the soffice program in the settings folder', () => {
    const settings = join(tempDir(), 'settings');
    const lo = fakeSoffice();
    const env = { ESG_SETTINGS_DIR: settings, ESG_LANG: 'en', PATH: '/nonexistent' };
    const set = runCli(['prefs', '--soffice', lo.path], env);
    expect(set.code).toBe(0);
    expect(set.out).toContain(translate('en', 'cli.prefs_saved', { file: join(settings, 'preferences.json') }));
    expect(set.out).toContain(`soffice: ${lo.path} (set in preferences)`);
    const zh = runCli(['prefs'], { ...env, ESG_LANG: 'zh-Hant' });
    expect(zh.out).toContain(`soffice：${lo.path}（於偏好設定指定）`);
    const missing = runCli(['prefs', '--soffice', join(lo.dir, 'nope')], env);
    expect(missing.code).toBe(1);
    expect(JSON.parse(readFileSync(join(settings, 'preferences.json'), 'utf8'))).toEqual({ soffice: lo.path });
    expect(runCli(['prefs', '--soffice', 'none'], env).code).toBe(0);
    expect(JSON.parse(readFileSync(join(settings, 'preferences.json'), 'utf8'))).toEqual({ soffice: null });
  }, 120_000);

  it('export --pdf runs the soffice of the preference', () => {
    const dir = tempDir();
    const settings = join(dir, 'settings');
    expect(runCli(['init', join(dir, 'w.esg'), '--sample']).code).toBe(0);
    mkdirSync(settings, { recursive: true });
    const gone = join(dir, 'gone', 'soffice');
    writeFileSync(join(settings, 'preferences.json'), JSON.stringify({ soffice: gone }));
    const r = runCli(['export', join(dir, 'w.esg'), '--year', '2024', '--pdf', join(dir, 'r.pdf')], { ESG_SETTINGS_DIR: settings });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`not found at ${gone}.`);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  }, 120_000);
});

describe('the export screen (API)', () => {
  const host = useSampleHost('esg-soffice-prefs-');

  it('shows the preference the CLI set, cannot choose one in the host, and the export job uses it', async () => {
    const lo = fakeSoffice();
    const prefs = createPrefs(join(host.dir, 'settings'));
    prefs.setSoffice(lo.path);
    const s = await host.call<SofficeStatus>('prefs:soffice');
    expect(s).toEqual({ found: true, path: lo.path, from: 'preference', canChoose: false });
    await expect(host.call('prefs:choose-soffice')).rejects.toThrow(/^forbidden/);

    const gone = join(host.dir, 'gone', 'soffice');
    prefs.setSoffice(gone);
    expect(await host.call<SofficeStatus>('prefs:soffice')).toMatchObject({ found: false, set: gone, from: 'preference' });
    const started = await host.call<{ jobId: string }>('export:start', { year: 2024, docx: [], xlsx: [], pdf: ['en'] });
    let job = await host.call<JobStatus>('job:status', { jobId: started.jobId });
    for (let i = 0; i < 600 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = await host.call<JobStatus>('job:status', { jobId: started.jobId });
    }
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ messageCode: 'export.error.noSofficeAt', params: { path: gone } });

    expect(await host.call<SofficeStatus>('prefs:clear-soffice')).not.toMatchObject({ from: 'preference' });
    expect(prefs.read()).toEqual({ soffice: null });
  }, 60_000);
});
