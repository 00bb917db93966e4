// `report request-approval | sign-off | approvals` and the gated `report publish` as a user runs
// them, as the person ESG_ACTOR names: the refusals (not the lead, not a reviewer, publish
// without approval, an override without a reason) in the CLI's language with the role that
// may, `--reviewers` by name and #id, and what publish prints about who approved.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-process.js';
import { tempDir } from '../helpers.js';

function setup() {
  const dir = tempDir();
  const ws = join(dir, 'w.esg');
  expect(runCli(['init', ws, '--sample']).code).toBe(0);
  // The sample's supplier text states +22.0%: the figure that gives it, so check passes.
  const csv = join(dir, 'pledge.csv');
  writeFileSync(csv, 'metric,year,value,unit,dimensions,note\nsuppliers.integrity_pledge,2024,6012,,,\n');
  expect(runCli(['import', ws, csv, '--overwrite']).code).toBe(0);
  for (const [name, role] of [['Wong Ka Yan', 'esg_lead'], ['Ho Siu Fung', 'reviewer'], ['Lam Wai', 'reviewer'], ['Lee Mei', 'validator']]) {
    expect(runCli(['people', 'add', ws, '--name', name as string, '--role', role as string]).code).toBe(0);
  }
  return { dir, ws };
}

describe('sign-off on the command line', () => {
  it('refuses a request by a validator and a decision by the lead, each naming the role, in either language', () => {
    const { ws } = setup();
    const req = (actor: string, ...extra: string[]) => runCli(['report', 'request-approval', ws, '--year', '2024', ...extra], { ESG_ACTOR: actor });
    const lee = req('Lee Mei');
    expect([lee.code, lee.err.trim()]).toEqual([1, 'Lee Mei is not the ESG lead: only the ESG lead requests approval of an edition']);
    expect(runCli(['report', 'request-approval', ws, '--year', '2024'], { ESG_ACTOR: 'Lee Mei', ESG_LANG: 'zh-Hant' }).err.trim()).toBe('Lee Mei 不是 ESG 負責人：只有 ESG 負責人可以提請審批報告版本');
    expect(req('Wong Ka Yan', '--reviewers', 'Lee Mei').err.trim()).toBe('Lee Mei is not a reviewer: only people with the reviewer role approve an edition');
    expect(req('Wong Ka Yan', '--reviewers', 'Nobody').err.trim()).toBe('There is no person Nobody');
    expect(req('#1', '--reviewers', 'ho siu fung,#3').out.trim()).toBe('Approval of the 2024 report requested from Ho Siu Fung, Lam Wai (request #1).');
    const lead = runCli(['report', 'sign-off', ws, '--year', '2024', '--approve'], { ESG_ACTOR: 'Wong Ka Yan' });
    expect([lead.code, lead.err.trim()]).toEqual([1, 'Wong Ka Yan is not a reviewer: only a reviewer named in the request approves or rejects an edition']);
    const neither = runCli(['report', 'sign-off', ws, '--year', '2024'], { ESG_ACTOR: 'Ho Siu Fung' });
    expect([neither.code, neither.err.split('\n')[0]]).toEqual([2, 'Say --approve, or --reject with --comment <text>']);
    const bare = runCli(['report', 'sign-off', ws, '--year', '2024', '--reject'], { ESG_ACTOR: 'Ho Siu Fung' });
    expect([bare.code, bare.err.trim()]).toEqual([1, 'A rejection needs a comment saying why']);
  });

  it('publish is refused without approval and an override needs a reason; approved, it says who approved', () => {
    const { ws } = setup();
    const publish = (actor: string, ...extra: string[]) => runCli(['report', 'publish', ws, '--year', '2024', ...extra], { ESG_ACTOR: actor });
    let p = publish('Wong Ka Yan');
    expect([p.code, p.err.trim()]).toEqual([1, 'The 2024 report has not been approved: the ESG lead requests approval from the reviewers, or publishes with an override and its reason']);
    p = publish('Wong Ka Yan', '--force');
    expect([p.code, p.err.split('\n')[0]]).toEqual([2, '--force needs --reason <text>.']);
    expect(runCli(['report', 'request-approval', ws, '--year', '2024'], { ESG_ACTOR: 'Wong Ka Yan' }).out).toContain('requested from Ho Siu Fung, Lam Wai');
    expect(runCli(['report', 'sign-off', ws, '--year', '2024', '--approve', '--comment', 'Agrees with the annex'], { ESG_ACTOR: 'Ho Siu Fung' }).out.trim()).toBe('Ho Siu Fung approved the 2024 report (1 of 2 reviewers).');
    p = publish('Wong Ka Yan');
    expect(p.err.trim()).toBe('The 2024 report still awaits approval from Lam Wai; or the ESG lead publishes with an override and its reason');
    expect(runCli(['report', 'sign-off', ws, '--year', '2024', '--approve'], { ESG_ACTOR: 'Lam Wai' }).out.trim()).toBe(
      'Lam Wai approved the 2024 report (2 of 2 reviewers).\nEvery reviewer approved: the ESG lead can publish the 2024 report.',
    );
    p = publish('Ho Siu Fung');
    expect([p.code, p.err.trim()]).toEqual([1, 'Ho Siu Fung is not the ESG lead: only the ESG lead publishes an edition']);
    p = publish('#1');
    expect([p.code, p.out.trim()]).toEqual([0, 'Published the 2024 report (4 files kept).\nApproved by Ho Siu Fung, Lam Wai.']);
    const list = JSON.parse(runCli(['report', 'approvals', ws, '--year', '2024', '--json']).out) as {
      gate: string;
      published: { kind: string; approvers: { name: string }[] };
      requests: { id: number; status: string; requested_by: string; reviewers: { name: string; decision: string; comment: string | null; decided_at: string }[] }[];
    };
    expect(list.gate).toBe('approved');
    expect(list.published.kind).toBe('approved');
    expect(list.requests).toHaveLength(1);
    expect(list.requests[0]).toMatchObject({ id: 1, status: 'approved', requested_by: 'Wong Ka Yan' });
    expect(list.requests[0]?.reviewers.map((d) => [d.name, d.decision, d.comment])).toEqual([
      ['Ho Siu Fung', 'approved', 'Agrees with the annex'],
      ['Lam Wai', 'approved', null],
    ]);
    const text = runCli(['report', 'approvals', ws, '--year', '2024'], { ESG_LANG: 'zh-Hant' }).out.split('\n');
    expect(text.slice(0, 2)).toEqual(['發佈 2024 年報告：已獲批', '由 Ho Siu Fung、Lam Wai 批核。']);
    expect(text[3]).toMatch(/^ {2}Ho Siu Fung：.+ 已批核「Agrees with the annex」$/);
  });

  it('the lead overrides a missing approval with a reason, and publish says so', () => {
    const { ws } = setup();
    const p = runCli(['report', 'publish', ws, '--year', '2024', '--force', '--reason', 'Board approved on paper'], { ESG_ACTOR: 'Wong Ka Yan' });
    expect([p.code, p.out.trim()]).toEqual([0, 'Published the 2024 report (4 files kept).\nPublished without an approved sign-off (override by Wong Ka Yan): Board approved on paper']);
    const v = JSON.parse(runCli(['report', 'approvals', ws, '--year', '2024', '--json']).out) as { published: unknown };
    expect(v.published).toEqual({ kind: 'overridden', approvers: [], reason: 'Board approved on paper', staleApproval: false });
  });
});
