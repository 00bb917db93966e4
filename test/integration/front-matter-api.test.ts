// The API behind the profile's logo, the editions bar's approval date and the front_matter
// block's preview: what the screens send and get back, refused with the same message codes
// as the CLI, nothing written on a refusal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EditionView, FrontMatterPreview } from '../../shared/api/contract-edition.js';
import type { Company } from '../../shared/domain.js';
import { dispatch } from '../../main/api/handlers.js';
import { ROOT } from '../cli-process.js';
import { useSampleHost } from '../api-harness.js';

describe('front matter through the API', () => {
  const host = useSampleHost('esg-front-api-');
  const raw = (method: string, input: unknown) => dispatch(host.ctx, method, input);

  it('records the approval date after the year end only, shows it in the edition and in the preview, and freezes it when published', async () => {
    const before = await host.call<EditionView>('edition:get', { year: 2024 });
    expect(before.approvedOn).toBe('2025-03-24');
    expect(before.yearEnd).toBe('2024-12-31');
    for (const date of ['2024-12-31', '2025-02-30', '24-03-2025']) {
      const r = await raw('edition:set-approval', { year: 2024, date });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues).toEqual([{ path: 'approvedOn', message: 'edition.approved_on_format' }]);
    }
    expect((await host.call<EditionView>('edition:get', { year: 2024 })).approvedOn).toBe('2025-03-24');
    expect((await host.call<EditionView>('edition:set-approval', { year: 2024, date: '2025-04-02' })).approvedOn).toBe('2025-04-02');
    const p = await host.call<FrontMatterPreview>('edition:front-matter', { year: 2024 });
    expect(p['zh-Hant'].board_approval.at(-1)?.text).toBe('本報告已於2025年4月2日經董事會批准刊發。');
    expect(p.en.board_approval.at(-1)?.text).toBe('The Board approved this report for publication on 2 April 2025.');
    expect(p.en.report_scope.map((x) => x.lead)).toEqual(['Reporting period', 'Reporting boundary', 'Consolidation approach', 'Languages']);

    await host.call('edition:publish', { year: 2024, force: true, reason: 'test' });
    const frozen = await raw('edition:set-approval', { year: 2024, date: '2025-04-03' });
    expect(frozen.ok ? null : frozen.error.code).toBe('edition_published');
    expect((await host.call<EditionView>('edition:get', { year: 2024 })).approvedOn).toBe('2025-04-02');
  }, 120_000);

  it('stores a PNG logo from its bytes, gives the bytes back, refuses what is not PNG or JPEG, and removes it', async () => {
    const png = readFileSync(join(ROOT, 'templates', 'sample', 'logo.png'));
    const c = await host.call<Company>('profile:set-logo', { base64: png.toString('base64') });
    expect(c.logo).toEqual({ mime: 'image/png', bytes: png.length });
    const back = await host.call<{ mime: string; base64: string }>('profile:logo', {});
    expect(Buffer.from(back.base64, 'base64').equals(png)).toBe(true);

    const svg = await raw('profile:set-logo', { base64: Buffer.from('<svg onload="alert(1)"/>').toString('base64') });
    expect(svg.ok).toBe(false);
    if (!svg.ok) expect(svg.error).toMatchObject({ code: 'validation', key: 'company.logo_format', issues: [{ path: 'logo' }] });
    expect((await host.call<Company>('profile:get', {})).logo).toEqual({ mime: 'image/png', bytes: png.length });

    const notBase64 = await raw('profile:set-logo', { base64: 'not base64!' });
    expect(notBase64.ok ? null : notBase64.error.code).toBe('invalid_input');

    expect((await host.call<Company>('profile:set-logo', { base64: null })).logo).toBeNull();
    expect(await host.call('profile:logo', {})).toBeNull();
  });

  it('saves the contact fields, consolidation and prevailing language, refusing a bad e-mail field by field', async () => {
    const bad = await raw('profile:update', { email: 'esg at example', phone: '+852 0000 0000' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues?.map((i) => i.path)).toEqual(['email']);
    expect((await host.call<Company>('profile:get', {})).phone).not.toBe('+852 0000 0000');
    const c = await host.call<Company>('profile:update', { email: 'esg@example.com', addressEn: 'Beijing', consolidation: 'equity_share', prevailingLang: 'en' });
    expect(c).toMatchObject({ email: 'esg@example.com', addressEn: 'Beijing', consolidation: 'equity_share', prevailingLang: 'en' });
    const p = await host.call<FrontMatterPreview>('edition:front-matter', { year: 2024 });
    expect(p['zh-Hant'].report_scope.find((x) => x.lead === '合併方法')?.text).toContain('股權比例法');
    expect(p['zh-Hant'].report_scope.find((x) => x.lead === '語言版本')?.text).toContain('概以英文版本為準');
  });
});
