// People, value states and evidence through the API the app uses (zod at the door, the
// loopback host's folder for files): who may do what, what the audit log records, and that
// a refused file writes nothing.
import ExcelJS from 'exceljs';
import { closeSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/handlers.js';
import { writeZip } from '../../main/zip/write.js';
import type { EvidenceView, PeopleView, ValueStateRow, CollectionDepartmentView, SetValueResult } from '../../shared/api/contract.js';
import type { Person } from '../../shared/review/people.js';
import { useSampleHost } from '../api-harness.js';

const host = useSampleHost('esg-review-');
const fail = async (method: string, input: unknown) => {
  const r = await dispatch(host.ctx, method, input);
  if (r.ok) throw new Error(`${method} should have been refused`);
  return r.error;
};
const ws = () => host.ctx.session.workspace();
const auditCount = () => (ws().db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

async function people() {
  const owner = await host.call<Person>('people:add', { name: 'Chan Tai Man', roles: [{ role: 'data_owner', department: 'hr' }] });
  const validator = await host.call<Person>('people:add', { name: 'Lee Mei', email: 'mei@example.hk', roles: [{ role: 'validator' }] });
  const facilities = await host.call<Person>('people:add', { name: 'Ho Ka Yan', roles: [{ role: 'data_owner', department: 'facilities' }] });
  return { owner, validator, facilities };
}
const use = (p: Person) => host.call('people:use', { id: p.id });
const act = (action: string, values: { metric: string; dims?: Record<string, string> }[], comment?: string) =>
  host.call<{ changed: number }>('review:act', { action, year: 2024, values: values.map((v) => ({ metric: v.metric, dims: v.dims ?? {} })), ...(comment ? { comment } : {}) });
const stateOf = async (metric: string) => (await host.call<ValueStateRow[]>('review:states', { year: 2024 })).find((s) => s.metric === metric && Object.keys(s.dims).length === 0);

describe('people and roles', () => {
  it('refuses a data owner of a department the catalogue does not have, and a second person of one name', async () => {
    await people();
    const e = await fail('people:add', { name: 'Wong', roles: [{ role: 'data_owner', department: 'admin' }] });
    expect(e.code).toBe('validation');
    expect(e.key).toBe('review.department_unknown');
    expect(e.message).toContain('"admin"');
    expect((await fail('people:add', { name: 'chan tai man' })).key).toBe('review.person_exists');
    expect((await fail('people:add', { name: 'Wong', roles: [{ role: 'validator', department: 'hr' }] })).code).toBe('invalid_input');
    const list = await host.call<PeopleView>('people:list');
    expect(list.people.map((p) => p.name)).toEqual(['Chan Tai Man', 'Ho Ka Yan', 'Lee Mei']);
    expect(list.workspaceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('records the person working in the audit log, not the machine login', async () => {
    const { owner } = await people();
    await use(owner);
    await host.call('data:set-value', { metric: 'workforce.total', year: 2024, dims: {}, patch: { value: '27,700' } });
    const row = ws().db.prepare(`SELECT actor, person_id FROM audit_log WHERE entity = 'value' AND metric = 'workforce.total' ORDER BY id DESC LIMIT 1`).get();
    expect(row).toEqual({ actor: 'Chan Tai Man', person_id: owner.id });
    expect(ws().values.get('workforce.total', 2024, {})?.updatedBy).toBe('Chan Tai Man');
  });
});

describe('value states', () => {
  it('a data owner submits, cannot approve; a validator returns one with a comment and approves the rest', async () => {
    const { owner, validator, facilities } = await people();
    await use(facilities);
    expect((await fail('review:act', { action: 'submit', year: 2024, values: [{ metric: 'workforce.total', dims: {} }] })).key).toBe('review.not_owner');
    await use(owner);
    expect(await act('submit', [{ metric: 'workforce.total' }, { metric: 'workforce.fulltime' }])).toEqual({ changed: 2 });
    const own = await fail('review:act', { action: 'approve', year: 2024, values: [{ metric: 'workforce.total', dims: {} }] });
    expect(own.code).toBe('forbidden');
    expect(own.message).toBe('Chan Tai Man is not a validator: only a validator or the ESG lead approves or returns values');
    await use(validator);
    expect((await fail('review:act', { action: 'return', year: 2024, values: [{ metric: 'workforce.total', dims: {} }] })).key).toBe('review.comment_needed');
    await act('return', [{ metric: 'workforce.total' }], 'Headcount excludes interns?');
    await act('approve', [{ metric: 'workforce.fulltime' }]);
    expect(await stateOf('workforce.total')).toMatchObject({ state: 'returned', by: 'Lee Mei', comment: 'Headcount excludes interns?' });
    expect(await stateOf('workforce.fulltime')).toMatchObject({ state: 'approved', by: 'Lee Mei' });
    // A value never submitted cannot be approved, and all-or-nothing: the good one is not approved either.
    const e = await fail('review:act', { action: 'approve', year: 2024, values: [{ metric: 'workforce.total', dims: {} }, { metric: 'workforce.fulltime', dims: {} }] });
    expect(e.key).toBe('review.cannot_approve');
    expect(await stateOf('workforce.total')).toMatchObject({ state: 'returned' });
  });

  it('nobody approves their own submission', async () => {
    const both = await host.call<Person>('people:add', { name: 'Lam', roles: [{ role: 'data_owner', department: 'hr' }, { role: 'validator' }] });
    await use(both);
    await act('submit', [{ metric: 'workforce.total' }]);
    expect((await fail('review:act', { action: 'approve', year: 2024, values: [{ metric: 'workforce.total', dims: {} }] })).key).toBe('review.own_submission');
  });

  it('editing an approved value makes it a draft again and says so', async () => {
    const { owner, validator } = await people();
    await use(owner);
    await act('submit', [{ metric: 'workforce.total' }]);
    await use(validator);
    await act('approve', [{ metric: 'workforce.total' }]);
    await use(owner);
    const r = await host.call<SetValueResult>('data:set-value', { metric: 'workforce.total', year: 2024, dims: {}, patch: { value: '27,000' } });
    expect(r.reopened).toBe('approved');
    expect(await stateOf('workforce.total')).toBeUndefined();
    const log = ws().db.prepare(`SELECT actor, old_json, new_json FROM audit_log WHERE entity = 'value_state' ORDER BY id DESC LIMIT 1`).get();
    expect(log).toEqual({ actor: 'Chan Tai Man', old_json: '{"state":"approved"}', new_json: '{"state":"draft"}' });
    // An edit that changes nothing leaves the state alone.
    await act('submit', [{ metric: 'workforce.total' }]);
    const same = await host.call<SetValueResult>('data:set-value', { metric: 'workforce.total', year: 2024, dims: {}, patch: { value: '27,000' } });
    expect(same.reopened).toBeUndefined();
    expect(await stateOf('workforce.total')).toMatchObject({ state: 'submitted' });
  });

  it('a returned department workbook imports as submitted by its owner; the dashboard counts it', async () => {
    const { owner, validator } = await people();
    const sent = await host.call<{ files: { name: string; department: string }[] }>('sheets:write', { year: 2025 });
    const hrFile = sent.files.find((f) => f.department === 'hr')?.name as string;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(host.dir, hrFile));
    const sheet = wb.getWorksheet('數據 Data') as ExcelJS.Worksheet;
    for (let r = 5; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === 'workforce.total' && !sheet.getCell(r, 5).value) sheet.getCell(r, 8).value = 28100;
    await wb.xlsx.writeFile(join(host.dir, hrFile));
    const preview = await host.call<{ previewId: string }>('import:preview', { fileNames: [hrFile], overwrite: false });
    await host.call('import:commit', { previewId: preview.previewId });
    const states = await host.call<ValueStateRow[]>('review:states', { year: 2025 });
    expect(states).toEqual([expect.objectContaining({ metric: 'workforce.total', state: 'submitted', by: owner.name })]);
    const dash = await host.call<CollectionDepartmentView[]>('collection:dashboard', { year: 2025 });
    const hr = dash.find((d) => d.code === 'hr') as CollectionDepartmentView;
    expect(hr).toMatchObject({ sent: 1, returned: 1, filled: 1, submitted: 1, approved: 0 });
    expect(hr.open.map((o) => o.metric)).not.toContain('workforce.total');
    expect(hr.open[0]?.status).toBe('missing');
    expect(dash.find((d) => d.code === 'facilities')).toMatchObject({ sent: 1, returned: 0, filled: 0 });
    // Approved, then the workbook comes back with another figure: the approval is gone and the
    // new figure is the department's submission again.
    await use(validator);
    await host.call('review:act', { action: 'approve', year: 2025, values: [{ metric: 'workforce.total', dims: {} }] });
    for (let r = 5; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === 'workforce.total' && !sheet.getCell(r, 5).value) sheet.getCell(r, 8).value = 28200;
    await wb.xlsx.writeFile(join(host.dir, hrFile));
    const again = await host.call<{ previewId: string }>('import:preview', { fileNames: [hrFile], overwrite: true });
    expect(await host.call('import:commit', { previewId: again.previewId })).toMatchObject({ updated: 1, reopened: 1 });
    expect(await host.call<ValueStateRow[]>('review:states', { year: 2025 })).toEqual([expect.objectContaining({ metric: 'workforce.total', state: 'submitted', by: owner.name })]);
  });
});

describe('evidence', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const attach = (fileName: string, metric = 'workforce.total') => host.call<EvidenceView>('evidence:attach', { metric, year: 2024, dims: {}, fileName });

  it('attaches with SHA-256 and who; opens a temporary copy; replaces and removes, the audit log keeping both', async () => {
    const { owner } = await people();
    await use(owner);
    writeFileSync(join(host.dir, 'headcount.pdf'), pdf);
    const m = await attach('headcount.pdf');
    expect(m).toMatchObject({ fileName: 'headcount.pdf', kind: 'pdf', size: pdf.length, attachedBy: 'Chan Tai Man', sha256: createHash('sha256').update(pdf).digest('hex') });
    const opened = await host.call<{ opened: boolean; path: string }>('evidence:open', { id: m.id });
    expect(opened.opened).toBe(false);
    expect(readFileSync(opened.path)).toEqual(pdf);
    expect(opened.path.startsWith(host.dir)).toBe(false);
    // In the desktop app the system's program opens the copy; the renderer gets no path.
    const handed: string[] = [];
    host.ctx.opener = { open: async (p) => void handed.push(p), reveal: () => undefined };
    expect(await host.call('evidence:open', { id: m.id })).toEqual({ opened: true, path: null });
    expect(handed).toHaveLength(1);
    expect(handed[0]).toMatch(/esg-evidence-[0-9a-f]{16}[/\\]headcount\.pdf$/);
    expect(readFileSync(handed[0] as string)).toEqual(pdf);
    writeFileSync(join(host.dir, 'headcount-v2.csv'), 'dept,headcount\nhr,27674\n');
    const r = await host.call<EvidenceView>('evidence:replace', { id: m.id, fileName: 'headcount-v2.csv' });
    expect(r).toMatchObject({ id: m.id, fileName: 'headcount-v2.csv', kind: 'csv' });
    await host.call('evidence:remove', { id: m.id });
    expect(await host.call('evidence:list', { year: 2024 })).toEqual([]);
    const log = ws().db.prepare(`SELECT action, old_json FROM audit_log WHERE entity = 'evidence' ORDER BY id`).all() as { action: string; old_json: string | null }[];
    expect(log.map((l) => l.action)).toEqual(['insert', 'update', 'delete']);
    expect(JSON.parse(log[2]?.old_json ?? '{}')).toMatchObject({ fileName: 'headcount-v2.csv', sha256: r.sha256 });
  });

  it('refuses unknown types, wrong content, oversized files, zip bombs and climbing part names, writing nothing', async () => {
    await people();
    const before = auditCount();
    writeFileSync(join(host.dir, 'run.exe'), 'MZ');
    writeFileSync(join(host.dir, 'invoice.pdf'), '<html><script>alert(1)</script></html>');
    const big = openSync(join(host.dir, 'scan.pdf'), 'w');
    ftruncateSync(big, 26 * 1024 * 1024);
    closeSync(big);
    writeFileSync(join(host.dir, 'bomb.docx'), writeZip([{ name: '[Content_Types].xml', data: Buffer.from('<x/>') }, { name: 'word/document.xml', data: Buffer.alloc(60 * 1024 * 1024) }], 9));
    writeFileSync(join(host.dir, 'climb.docx'), writeZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }, { name: '../../evil.sh', data: Buffer.from('rm -rf') }]));
    writeFileSync(join(host.dir, 'sheet.docx'), writeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<w/>') }]));
    const keys: Record<string, string | undefined> = {};
    for (const f of ['run.exe', 'invoice.pdf', 'scan.pdf', 'bomb.docx', 'climb.docx', 'sheet.docx']) keys[f] = (await fail('evidence:attach', { metric: 'workforce.total', year: 2024, dims: {}, fileName: f })).key;
    expect(keys).toEqual({
      'run.exe': 'review.evidence_type',
      'invoice.pdf': 'review.evidence_mismatch',
      'scan.pdf': 'review.evidence_too_large',
      'bomb.docx': 'review.evidence_zip_bomb',
      'climb.docx': 'review.evidence_unsafe_part',
      'sheet.docx': 'review.evidence_mismatch',
    });
    expect((await fail('evidence:attach', { metric: 'workforce.total', year: 2024, dims: {}, fileName: '../sample.esg' })).code).toBe('invalid_input');
    expect(await host.call('evidence:list', { year: 2024 })).toEqual([]);
    expect(auditCount()).toBe(before);
  });
});
