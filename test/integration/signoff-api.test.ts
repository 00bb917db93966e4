// Sign-off of an edition through the API the app uses (issue 15, item 5): who may request,
// decide and publish (each refusal names the role), a decision recorded with the person and
// time, a new request superseding an open one, an approval outdated by a later change to the
// text or the figures (but not by a value's review state), the lead's override with a reason,
// and what the published edition, the audit log and the assurance pack record.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/handlers.js';
import { buildAssurancePack } from '../../main/services/assurance-service.js';
import { editionRevision } from '../../main/services/edition-revision.js';
import type { EditionView, OutlineView, SignoffView } from '../../shared/api/contract.js';
import type { Person } from '../../shared/review/people.js';
import { readZipEntry, checkZip } from '../../main/zip/read.js';
import { useSampleHost } from '../api-harness.js';

const host = useSampleHost('esg-signoff-');
const ws = () => host.ctx.session.workspace();
const fail = async (method: string, input: unknown) => {
  const r = await dispatch(host.ctx, method, input);
  if (r.ok) throw new Error(`${method} should have been refused`);
  return r.error;
};
const use = (p: Person) => host.call('people:use', { id: p.id });
const get = () => host.call<SignoffView>('signoff:get', { year: 2024 });

/** The sample's two narrative check errors fixed (the supplier text states +22.0%), so publishing needs no force. */
async function passingCheck() {
  await host.call('data:set-value', { metric: 'suppliers.integrity_pledge', year: 2024, dims: {}, patch: { value: '6012' } });
}

async function team() {
  const lead = await host.call<Person>('people:add', { name: 'Wong Ka Yan', roles: [{ role: 'esg_lead' }] });
  const ho = await host.call<Person>('people:add', { name: 'Ho Siu Fung', roles: [{ role: 'reviewer' }] });
  const lam = await host.call<Person>('people:add', { name: 'Lam Wai', roles: [{ role: 'reviewer' }] });
  const lee = await host.call<Person>('people:add', { name: 'Lee Mei', roles: [{ role: 'validator' }] });
  return { lead, ho, lam, lee };
}

describe('requesting and deciding a sign-off', () => {
  it('refuses a request by anyone but the ESG lead, and a decision by anyone not named, each naming the role', async () => {
    const { lead, ho, lam, lee } = await team();
    await use(lee);
    let e = await fail('signoff:request', { year: 2024 });
    expect([e.code, e.message]).toEqual(['forbidden', 'Lee Mei is not the ESG lead: only the ESG lead requests approval of an edition']);
    await use(lead);
    e = await fail('signoff:request', { year: 2024, reviewers: [lee.id] });
    expect(e.message).toBe('Lee Mei is not a reviewer: only people with the reviewer role approve an edition');
    await host.call('signoff:request', { year: 2024, reviewers: [ho.id] });
    e = await fail('signoff:decide', { year: 2024, decision: 'approved' });
    expect([e.code, e.message]).toEqual(['forbidden', 'Wong Ka Yan is not a reviewer: only a reviewer named in the request approves or rejects an edition']);
    await use(lam);
    e = await fail('signoff:decide', { year: 2024, decision: 'approved' });
    expect(e.message).toBe('Lam Wai is not among the reviewers asked to approve the 2024 report (Ho Siu Fung)');
    await use(ho);
    e = await fail('signoff:decide', { year: 2024, decision: 'rejected', comment: '  ' });
    expect([e.code, e.issues?.[0]?.message]).toEqual(['invalid_input', 'signoff.comment_needed']);
    expect((await get()).mayDecide).toBe(true);
  });

  it('records each decision with the person and time; approved when every named reviewer approved; a second decision is refused', async () => {
    const { lead, ho, lam } = await team();
    await use(lead);
    let v = await host.call<SignoffView>('signoff:request', { year: 2024 });
    expect(v.gate).toBe('open');
    expect(v.requests[0]?.reviewers.map((d) => d.name)).toEqual(['Ho Siu Fung', 'Lam Wai']);
    await use(ho);
    v = await host.call<SignoffView>('signoff:decide', { year: 2024, decision: 'approved', comment: 'Figures agree with the annex' });
    expect(v.gate).toBe('open');
    const e = await fail('signoff:decide', { year: 2024, decision: 'rejected', comment: 'changed my mind' });
    expect(e.message).toBe('Ho Siu Fung has already decided on this request for the 2024 report');
    await use(lam);
    v = await host.call<SignoffView>('signoff:decide', { year: 2024, decision: 'approved' });
    expect(v.gate).toBe('approved');
    const r = v.requests[0];
    expect(r?.status).toBe('approved');
    expect(r?.reviewers.map((d) => [d.name, d.decision, d.comment])).toEqual([
      ['Ho Siu Fung', 'approved', 'Figures agree with the annex'],
      ['Lam Wai', 'approved', null],
    ]);
    expect(r?.reviewers.every((d) => d.decidedAt !== null && !Number.isNaN(Date.parse(d.decidedAt)))).toBe(true);
    const audit = ws().audit.ofYear(2024).filter((a) => a.entity === 'signoff_request').map((a) => [a.actor, a.context]);
    expect(audit).toEqual([
      ['Wong Ka Yan', 'request approval'],
      ['Ho Siu Fung', 'sign-off approved'],
      ['Lam Wai', 'sign-off approved'],
    ]);
  });

  it('a rejection closes the request with its comment; a new request supersedes an open one', async () => {
    const { lead, ho, lam } = await team();
    await use(lead);
    await host.call('signoff:request', { year: 2024, reviewers: [ho.id] });
    let v = await host.call<SignoffView>('signoff:request', { year: 2024, reviewers: [ho.id, lam.id] });
    expect(v.requests.map((r) => r.status)).toEqual(['open', 'superseded']);
    await use(lam);
    v = await host.call<SignoffView>('signoff:decide', { year: 2024, decision: 'rejected', comment: 'The Scope 3 note is missing' });
    expect([v.gate, v.requests[0]?.status]).toEqual(['rejected', 'rejected']);
    await use(ho);
    const e = await fail('signoff:decide', { year: 2024, decision: 'approved' });
    expect(e.message).toBe('No approval of the 2024 report is awaited: the ESG lead requests it first');
    await use(lead);
    const p = await fail('edition:publish', { year: 2024, force: false });
    expect(p.message).toBe('Lam Wai rejected the 2024 report: “The Scope 3 note is missing”. The ESG lead requests approval again, or publishes with an override and its reason');
  });
});

describe('publishing with sign-off', () => {
  it('publishes an approved edition as the lead only, and the published edition names who approved', async () => {
    await passingCheck();
    const { lead, ho } = await team();
    await use(lead);
    let e = await fail('edition:publish', { year: 2024, force: false });
    expect(e.message).toBe('The 2024 report has not been approved: the ESG lead requests approval from the reviewers, or publishes with an override and its reason');
    await host.call('signoff:request', { year: 2024, reviewers: [ho.id] });
    e = await fail('edition:publish', { year: 2024, force: false });
    expect(e.message).toBe('The 2024 report still awaits approval from Ho Siu Fung; or the ESG lead publishes with an override and its reason');
    await use(ho);
    await host.call('signoff:decide', { year: 2024, decision: 'approved' });
    e = await fail('edition:publish', { year: 2024, force: false });
    expect([e.code, e.message]).toEqual(['forbidden', 'Ho Siu Fung is not the ESG lead: only the ESG lead publishes an edition']);
    await use(lead);
    const ed = await host.call<EditionView>('edition:publish', { year: 2024, force: false });
    expect(ed.status).toBe('published');
    expect(ed.publishedBy).toBe('Wong Ka Yan');
    expect(ed.signoff).toMatchObject({ kind: 'approved', reason: null, staleApproval: false, approvers: [{ name: 'Ho Siu Fung' }] });
    // A published edition is not asked to approve again.
    e = await fail('signoff:request', { year: 2024 });
    expect(e.message).toBe('The 2024 report is published; the ESG lead unpublishes it (with a reason) before asking for approval again');
    // Unpublished, its approval still covers it (nothing changed), so it publishes again.
    await host.call('edition:unpublish', { year: 2024, reason: 'Logo to be replaced' });
    expect((await get()).gate).toBe('approved');
  });

  it('an approval given before a later change is no longer enough: text and figures are told apart; review states change nothing', async () => {
    const { lead, ho, lee } = await team();
    await use(lead);
    await host.call('signoff:request', { year: 2024, reviewers: [ho.id] });
    await use(ho);
    await host.call('signoff:decide', { year: 2024, decision: 'approved' });
    // A validator's work on values is not a change of the report.
    const before = editionRevision(ws(), 2024);
    await use(lead);
    await host.call('review:act', { action: 'submit', year: 2024, values: [{ metric: 'workforce.total', dims: {} }] });
    await use(lee);
    await host.call('review:act', { action: 'approve', year: 2024, values: [{ metric: 'workforce.total', dims: {} }] });
    // Nor is recording the day the board approved it, which follows the approval.
    await use(lead);
    await host.call('edition:set-approval', { year: 2024, date: '2025-03-26' });
    expect(editionRevision(ws(), 2024)).toEqual(before);
    expect((await get()).gate).toBe('approved');
    // The text changes: only the content fingerprint moves.
    await use(lead);
    const outline = await host.call<OutlineView>('outline:get', { year: 2024 });
    const s = outline.sections[0] as OutlineView['sections'][number];
    await host.call('outline:rename-section', { year: 2024, id: s.id, titleZh: `${s.titleZh}（修訂）`, titleEn: `${s.titleEn} (revised)` });
    const after = editionRevision(ws(), 2024);
    expect([after.content === before.content, after.data === before.data]).toEqual([false, true]);
    let v = await get();
    expect([v.gate, v.requests[0]?.changedSince]).toEqual(['stale', ['content']]);
    let e = await fail('edition:publish', { year: 2024, force: false });
    expect(e.message).toBe('The 2024 report was approved by Ho Siu Fung before later changes to its text: the ESG lead requests approval again, or publishes with an override and its reason');
    // Then a figure: both.
    await host.call('data:set-value', { metric: 'water.fresh', year: 2024, dims: {}, patch: { value: '12345' } });
    v = await get();
    expect(v.requests[0]?.changedSince).toEqual(['content', 'data']);
    e = await fail('edition:publish', { year: 2024, force: false });
    expect(e.key).toBe('signoff.publish_stale_both');
    // A new request covers the edition as it is now; a change before the decision blocks approving.
    await host.call('signoff:request', { year: 2024, reviewers: [ho.id] });
    await host.call('data:set-value', { metric: 'water.fresh', year: 2024, dims: {}, patch: { value: '12346' } });
    await use(ho);
    e = await fail('signoff:decide', { year: 2024, decision: 'approved' });
    expect(e.message).toBe('The 2024 report changed after approval was requested: Wong Ka Yan (ESG lead) requests approval again');
  });

  it('the lead overrides with a reason only; the override, the outdated approval and the reason are recorded and packed', async () => {
    const { lead, ho, lee } = await team();
    await use(lead);
    await host.call('signoff:request', { year: 2024, reviewers: [ho.id] });
    await use(ho);
    await host.call('signoff:decide', { year: 2024, decision: 'approved', comment: 'OK for the board' });
    await use(lead);
    await host.call('data:set-value', { metric: 'water.fresh', year: 2024, dims: {}, patch: { value: '12345' } });
    let e = await fail('edition:publish', { year: 2024, force: true });
    expect([e.code, e.issues?.[0]?.message]).toEqual(['invalid_input', 'publish.reasonRequired']);
    await use(lee);
    e = await fail('edition:publish', { year: 2024, force: true, reason: 'Deadline' });
    expect(e.message).toBe('Lee Mei is not the ESG lead: only the ESG lead publishes an edition');
    await use(lead);
    const ed = await host.call<EditionView>('edition:publish', { year: 2024, force: true, reason: 'Filing deadline; water figure corrected after the committee' });
    expect(ed.signoff).toEqual({ kind: 'overridden', reason: 'Filing deadline; water figure corrected after the committee', staleApproval: true, approvers: [{ name: 'Ho Siu Fung', at: expect.any(String) }] });
    const { zip } = await buildAssurancePack(ws(), 2024);
    const z = checkZip(zip);
    if (!z.ok) throw new Error(z.reason);
    const entry = [...z.entries.values()].find((x) => x.name === 'approvals/edition-signoff-2024.csv');
    const rows = readZipEntry(zip, entry as NonNullable<typeof entry>).toString('utf8').replace(/^\ufeff/, '').trim().split('\r\n').map((l) => l.split(','));
    expect(rows.map((r) => [r[0], r[3], r[5]])).toEqual([
      ['event', 'person', 'outcome'],
      ['requested', 'Wong Ka Yan', 'open'],
      ['approved', 'Ho Siu Fung', 'approved'],
      ['closed', '', 'approved'],
      ['published', 'Wong Ka Yan', 'overridden'],
    ]);
    expect(rows.at(-1)?.[7]).toBe('Filing deadline; water figure corrected after the committee');
  });

  it('a workspace without people publishes as before: no sign-off is asked for', async () => {
    await passingCheck();
    expect((await get()).gate).toBe('not_used');
    const ed = await host.call<EditionView>('edition:publish', { year: 2024, force: false });
    expect(ed.signoff).toEqual({ kind: 'not_used', approvers: [], reason: null, staleApproval: false });
  });
});
