// Report editions through dispatch(), as the app's screens use them: each year has its own
// content; a published edition refuses every edit with edition_published (worded from its
// parameters) and nothing is written; rolling forward gives the new year a copy to review.
import { describe, expect, it } from 'vitest';
import { useSampleHost } from '../api-harness.js';
import type { EditionView, OutlineView } from '../../shared/api/contract.js';
import { translate } from '../../shared/i18n/strings.js';
import type { MaterialityTopic } from '../../shared/report/register.js';
import { dispatch } from '../../main/api/handlers.js';

const host = useSampleHost('esg-api-editions-');
const call = <T = unknown>(method: string, input: unknown = {}): Promise<T> => host.call<T>(method, input);
const bullets = { type: 'bullet_list', content: { 'zh-Hant': { items: [[{ type: 'text', text: '甲' }]] }, en: { items: [[{ type: 'text', text: 'A' }]] } } };

describe('report editions', { timeout: 120_000 }, () => {
  it('refuses every edit of a published edition with edition_published and writes nothing', async () => {
    expect(await dispatch(host.ctx, 'edition:publish', { year: 2024, force: false })).toMatchObject({ ok: false, error: { code: 'check_errors', params: { year: 2024, count: 2 } } });
    expect(await dispatch(host.ctx, 'edition:publish', { year: 2024, force: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const pub = await call<EditionView>('edition:publish', { year: 2024, force: true, reason: 'Committee approval' });
    expect(pub).toMatchObject({ status: 'published', forcedReason: 'Committee approval' });
    expect(pub.exports.map((e) => `${e.kind}:${e.lang}`).sort()).toEqual(['docx:en', 'docx:zh-Hant', 'xlsx:en', 'xlsx:zh-Hant']);

    const outline = await call<OutlineView>('outline:get', { year: 2024 });
    const topics = await call<MaterialityTopic[]>('register:list', { year: 2024, kind: 'topics' });
    const audits = host.ctx.session.workspace().audit.recent(1_000_000).length;
    const block = outline.blocks[0];
    const { position: _p, ...topic } = topics[0] as MaterialityTopic;
    const edits: [string, unknown][] = [
      ['block:add', { year: 2024, sectionId: 'about', body: bullets }],
      ['block:update', { year: 2024, id: block?.id, body: bullets }],
      ['block:move', { year: 2024, id: block?.id, position: 1 }],
      ['block:delete', { year: 2024, id: block?.id }],
      ['outline:add-section', { year: 2024, parentId: null, titleZh: '新', titleEn: 'New' }],
      ['outline:rename-section', { year: 2024, id: 'about', titleZh: '新', titleEn: 'New' }],
      ['outline:remove-section', { year: 2024, id: 'about' }],
      ['register:update', { year: 2024, kind: 'topics', row: { ...topic, businessScore: 1 } }],
      ['register:delete', { year: 2024, kind: 'topics', key: topic.id }],
      ['disclosure:remove', { year: 2024, framework: 'hkex', itemCode: 'A1.1' }],
    ];
    for (const [method, input] of edits) {
      const r = await dispatch(host.ctx, method, input);
      expect(r, method).toMatchObject({ ok: false, error: { code: 'edition_published', params: { year: 2024 } } });
      if (!r.ok) expect(translate('zh-Hant', 'error.edition_published', r.error.params)).toContain('2024 年報告已發佈並凍結');
    }
    expect(await call('outline:get', { year: 2024 })).toEqual(outline);
    expect(await call('register:list', { year: 2024, kind: 'topics' })).toEqual(topics);
    expect(host.ctx.session.workspace().audit.recent(1_000_000).length).toBe(audits);

    // Unpublished (with a reason), the edition is editable again.
    expect(await dispatch(host.ctx, 'edition:unpublish', { year: 2024, reason: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call<EditionView>('edition:unpublish', { year: 2024, reason: 'Typo on page 3' })).toMatchObject({ status: 'draft', exports: [] });
    expect(await dispatch(host.ctx, 'block:add', { year: 2024, sectionId: 'about', body: bullets })).toMatchObject({ ok: true });
  });

  it('rolls 2024 forward to 2025: a separate copy whose blocks are to review until edited or confirmed', async () => {
    const before = await call<EditionView>('edition:get', { year: 2025 });
    expect(before).toMatchObject({ hasContent: false, previousYear: 2024 });
    const e = await call<EditionView>('edition:roll-forward', { from: 2024, to: 2025, carryFactors: true });
    const o24 = await call<OutlineView>('outline:get', { year: 2024 });
    const o25 = await call<OutlineView>('outline:get', { year: 2025 });
    // Every 2024 block is carried. The sample's 2024 climate chapter is already in the four
    // pillars (1.1.1–1.1.4), so moving to the Code (FY2025) adds no second set (issue 14).
    const carried = o25.blocks.filter((b) => b.carriedFrom === 2024);
    expect(carried.length).toBe(o24.blocks.length);
    expect(o25.blocks.length).toBe(o24.blocks.length);
    const pillars = ['climate-governance', 'climate-strategy', 'climate-risk-management', 'climate-metrics-targets'];
    expect(pillars.map((id) => o24.sections.filter((x) => x.id === id).length)).toEqual([1, 1, 1, 1]);
    expect(pillars.map((id) => o25.sections.filter((x) => x.id.startsWith(id)).length)).toEqual([1, 1, 1, 1]);
    expect(e.carriedBlocks).toBe(o24.blocks.length);
    expect(e.carriedFactors.map((f) => f.metric)).toContain('factor.grid_location');
    // New ids: no id is shared between the editions; titles are the same.
    const ids24 = new Set([...o24.sections.map((s) => s.id), ...o24.blocks.map((b) => b.id)]);
    expect([...o25.sections.map((s) => s.id), ...o25.blocks.map((b) => b.id)].filter((id) => ids24.has(id))).toEqual([]);
    // The same sections, with the same titles.
    expect(o25.sections.map((s) => s.titleEn)).toEqual(o24.sections.map((s) => s.titleEn));

    const [first, second] = o25.blocks;
    await call('block:confirm', { year: 2025, id: first?.id });
    await call('block:update', { year: 2025, id: second?.id, body: { type: second?.type, config: second?.config, content: second?.content } });
    expect((await call<EditionView>('edition:get', { year: 2025 })).carriedBlocks).toBe(o24.blocks.length - 2);
    // A block of 2025 is not a block of 2024, and a second roll forward is refused.
    expect(await dispatch(host.ctx, 'block:delete', { year: 2024, id: first?.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(host.ctx, 'edition:roll-forward', { from: 2024, to: 2025, carryFactors: false })).toMatchObject({ ok: false, error: { code: 'exists' } });
    // 2024 is untouched by 2025's edits.
    expect((await call<OutlineView>('outline:get', { year: 2024 })).blocks.every((b) => !b.carriedFrom)).toBe(true);

    const findings = await call<{ rule: string; metric: string }[]>('checks:run', { year: 2025 });
    expect(findings.filter((f) => f.rule === 'narrative.carried')).toHaveLength(o24.blocks.length - 2);
    await call('factor:confirm', { year: 2025, metric: 'factor.grid_location', dims: {} });
    const after = await call<{ rule: string; metric: string }[]>('checks:run', { year: 2025 });
    expect(after.filter((f) => f.rule === 'factor.carried').map((f) => f.metric)).not.toContain('factor.grid_location');
    expect(after.filter((f) => f.rule === 'factor.carried').length).toBe(findings.filter((f) => f.rule === 'factor.carried').length - 1);
  });
});
