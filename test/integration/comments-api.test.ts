// Comments on values, sections and blocks through the API the app uses (zod at the door):
// the author is the person working, resolve and reopen record who and when, replies join
// their thread, a bad input changes nothing, and every write is in the audit log.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/handlers.js';
import type { CommentView, OutlineView } from '../../shared/api/contract.js';
import type { Person } from '../../shared/review/people.js';
import { useSampleHost } from '../api-harness.js';

const host = useSampleHost('esg-comments-');
const fail = async (method: string, input: unknown) => {
  const r = await dispatch(host.ctx, method, input);
  if (r.ok) throw new Error(`${method} should have been refused`);
  return r.error;
};
const ws = () => host.ctx.session.workspace();
const commentRows = () => (ws().db.prepare('SELECT count(*) AS n FROM comment').get() as { n: number }).n;
const audit = (id: number) => ws().db.prepare(`SELECT actor, action, context, new_json FROM audit_log WHERE entity = 'comment' AND entity_key = ? ORDER BY id`).all(String(id)) as { actor: string; action: string; context: string; new_json: string }[];
const add = (input: unknown) => host.call<CommentView>('comments:add', input);

describe('comments through the API', () => {
  it('records the person working as author, and who resolved and reopened a thread', async () => {
    const lee = await host.call<Person>('people:add', { name: 'Lee Mei', roles: [{ role: 'reviewer' }] });
    const ho = await host.call<Person>('people:add', { name: 'Ho Ka Yan', roles: [{ role: 'esg_lead' }] });
    // With people in the workspace, nobody chosen is refused and nothing is written.
    const e = await fail('comments:add', { year: 2024, target: { kind: 'value', metric: 'energy.electricity', dims: {} }, text: 'Check the bill' });
    expect(e.key).toBe('review.actor_unknown');
    expect(commentRows()).toBe(0);

    await host.call('people:use', { id: lee.id });
    const c = await add({ year: 2024, target: { kind: 'value', metric: 'workforce.fulltime', dims: { gender: 'female' } }, text: '  Does this include interns?  ' });
    expect(c).toMatchObject({ author: 'Lee Mei', text: 'Does this include interns?', resolvedAt: null, origin: 'app', target: { kind: 'value', metric: 'workforce.fulltime', dims: { gender: 'female' } } });
    await host.call('people:use', { id: ho.id });
    const reply = await add({ year: 2024, target: { kind: 'value', metric: 'workforce.fulltime', dims: { gender: 'female' } }, text: 'No, full-time only.', replyTo: c.id });
    expect(reply).toMatchObject({ parentId: c.id, author: 'Ho Ka Yan' });

    const resolved = await host.call<CommentView>('comments:resolve', { id: reply.id });
    expect(resolved).toMatchObject({ id: c.id, resolvedBy: 'Ho Ka Yan' });
    expect((await fail('comments:resolve', { id: c.id })).key).toBe('comment.already_resolved');
    expect(await host.call<CommentView[]>('comments:list', { year: 2024, open: true })).toEqual([]);
    await host.call('people:use', { id: lee.id });
    expect(await host.call<CommentView>('comments:reopen', { id: c.id })).toMatchObject({ resolvedAt: null, resolvedBy: null });
    const open = await host.call<CommentView[]>('comments:list', { year: 2024, open: true });
    expect(open.map((x) => [x.id, x.parentId])).toEqual([[c.id, null], [reply.id, c.id]]);

    expect(audit(c.id).map((a) => [a.actor, a.action, a.context])).toEqual([
      ['Lee Mei', 'insert', 'app'],
      ['Ho Ka Yan', 'update', 'resolve'],
      ['Lee Mei', 'update', 'reopen'],
    ]);
    expect(JSON.parse(audit(c.id)[0]?.new_json ?? '{}')).toMatchObject({ text: 'Does this include interns?', author: 'Lee Mei' });
  });

  it('puts comments on a section and on a block of the edition, and refuses ones that do not exist', async () => {
    const outline = await host.call<OutlineView>('outline:get', { year: 2024 });
    const block = outline.blocks.find((b) => b.sectionId === 'about');
    expect(block).toBeDefined();
    const s = await add({ year: 2024, target: { kind: 'section', sectionId: 'climate-governance' }, text: '請補充董事會監督頻率' });
    const b = await add({ year: 2024, target: { kind: 'block', blockId: block?.id }, text: 'Source of this sentence?' });
    expect(s.target).toEqual({ kind: 'section', sectionId: 'climate-governance' });
    // A block's comment knows its section (the outline counts it there too).
    expect(b.target).toEqual({ kind: 'block', blockId: block?.id, sectionId: 'about' });

    expect((await fail('comments:add', { year: 2024, target: { kind: 'section', sectionId: 'no-such' }, text: 'x' })).key).toBe('comment.section_unknown');
    expect((await fail('comments:add', { year: 2024, target: { kind: 'block', blockId: 'no-such' }, text: 'x' })).key).toBe('comment.block_unknown');
    expect((await fail('comments:add', { year: 2024, target: { kind: 'value', metric: 'no.such', dims: {} }, text: 'x' })).key).toBe('review.metric_unknown');
    expect((await fail('comments:add', { year: 2031, target: { kind: 'section', sectionId: 'about' }, text: 'x' })).key).toBe('review.year_unknown');
    // Empty text, a script tag as a target id and unknown fields never reach the service.
    expect((await fail('comments:add', { year: 2024, target: { kind: 'section', sectionId: 'about' }, text: '   ' })).code).toBe('invalid_input');
    expect((await fail('comments:add', { year: 2024, target: { kind: 'section', sectionId: '<script>' }, text: 'x' })).code).toBe('invalid_input');
    expect((await fail('comments:add', { year: 2024, target: { kind: 'section', sectionId: 'about' }, text: 'x', author: 'someone else' })).code).toBe('invalid_input');
    expect((await fail('comments:add', { year: 2024, target: { kind: 'section', sectionId: 'about' }, text: 'x'.repeat(4001) })).code).toBe('invalid_input');
    expect(commentRows()).toBe(2);
    // Without people in the workspace, the session's actor writes (as the audit log records it).
    expect(s.author).toBe(host.ctx.actor);
  });
});
