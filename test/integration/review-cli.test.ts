// The command line of issue 15 as a user runs it: people, review as ESG_ACTOR (by name or
// #id), `evidence add` / `evidence list`, and `assurance-pack`, whose zip is opened here and
// every file checked against the SHA-256 its manifest gives.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkZip, readZipEntry } from '../../main/zip/read.js';
import { runCli } from '../cli-process.js';
import { tempDir } from '../helpers.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function unzip(path: string): Map<string, Buffer> {
  const buf = readFileSync(path);
  const z = checkZip(buf, { fileBytes: 1e9, entries: 10_000, totalUncompressed: 1e9, entryUncompressed: 1e9, ratio: 1e6 });
  if (!z.ok) throw new Error(z.reason);
  return new Map([...z.entries.values()].map((e) => [e.name, readZipEntry(buf, e)]));
}

function setup() {
  const dir = tempDir();
  const ws = join(dir, 'w.esg');
  expect(runCli(['init', ws, '--sample']).code).toBe(0);
  expect(runCli(['people', 'add', ws, '--name', 'Chan Tai Man', '--role', 'data_owner:hr']).out).toContain('Added #1 Chan Tai Man (data_owner:hr)');
  expect(runCli(['people', 'add', ws, '--name', 'Lee Mei', '--role', 'validator']).code).toBe(0);
  return { dir, ws };
}

describe('people, review and evidence on the command line', () => {
  it('submits as the data owner, refuses their approval, and approves as the validator named by #id', () => {
    const { ws } = setup();
    const sub = runCli(['review', 'submit', ws, '--year', '2024', '--metric', 'workforce.total'], { ESG_ACTOR: 'chan tai man' });
    expect(sub.out.trim()).toBe('Submitted: 1 value(s)');
    const no = runCli(['review', 'approve', ws, '--year', '2024', '--metric', 'workforce.total'], { ESG_ACTOR: 'Chan Tai Man', ESG_LANG: 'zh-Hant' });
    expect(no.code).toBe(1);
    expect(no.err.trim()).toBe('Chan Tai Man 不是數據審核人：只有數據審核人或 ESG 負責人可以核准或退回數值');
    const stranger = runCli(['review', 'approve', ws, '--year', '2024', '--all'], { ESG_ACTOR: 'root' });
    expect(stranger.code).toBe(1);
    expect(stranger.err).toContain('"root" is none of the workspace\'s people');
    expect(runCli(['review', 'approve', ws, '--year', '2024', '--all'], { ESG_ACTOR: '#2' }).out.trim()).toBe('Approved: 1 value(s)');
    const dash = JSON.parse(runCli(['collection', ws, '--year', '2024', '--json']).out) as { code: string; approved: number; submitted: number }[];
    expect(dash.find((d) => d.code === 'hr')).toMatchObject({ submitted: 1, approved: 1 });
    // An import that changes the approved figure makes it a draft again, and says so.
    const csv = join(dirname(ws), 'fix.csv');
    writeFileSync(csv, 'metric,year,value,unit,dimensions,note\nworkforce.total,2024,28000,persons,,\n');
    const imp = runCli(['import', ws, csv, '--overwrite']);
    expect(imp.out).toContain('1 submitted or approved value(s) changed and are drafts again');
    expect(JSON.parse(runCli(['collection', ws, '--year', '2024', '--json']).out).find((d: { code: string }) => d.code === 'hr')).toMatchObject({ submitted: 0, approved: 0 });
    // A person made inactive acts no more.
    expect(runCli(['people', 'set', ws, '#1', '--active', 'no']).out.trim()).toBe('Updated #1 Chan Tai Man');
    const gone = runCli(['review', 'submit', ws, '--year', '2024', '--all'], { ESG_ACTOR: 'Chan Tai Man' });
    expect([gone.code, gone.err.trim()]).toEqual([1, 'Chan Tai Man is no longer active in this workspace']);
  });

  it('evidence add refuses a file that is not what its name says, then lists what was attached', () => {
    const { dir, ws } = setup();
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    writeFileSync(join(dir, 'bill.pdf'), pdf);
    writeFileSync(join(dir, 'fake.png'), '%PDF-1.4');
    const bad = runCli(['evidence', 'add', ws, '--metric', 'energy.electricity', '--year', '2024', join(dir, 'fake.png')]);
    expect(bad.code).toBe(1);
    expect(bad.err.trim()).toBe('fake.png does not hold what its name says: its content is not png');
    const ok = runCli(['evidence', 'add', ws, '--metric', 'energy.electricity', '--year', '2024', '--dims', 'site=hq', join(dir, 'bill.pdf')], { ESG_ACTOR: '#1' });
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain(`Attached #1 bill.pdf to energy.electricity [site=hq] 2024 (SHA-256 ${sha(pdf)})`);
    const list = JSON.parse(runCli(['evidence', 'list', ws, '--year', '2024', '--json']).out);
    expect(list).toEqual([expect.objectContaining({ id: 1, metric: 'energy.electricity', dims: { site: 'hq' }, file: 'bill.pdf', kind: 'pdf', bytes: pdf.length, sha256: sha(pdf), attached_by: 'Chan Tai Man' })]);
    expect(runCli(['evidence', 'list', ws, '--year', '2023']).out.trim()).toBe('No evidence for 2023');
  });

  it('assurance-pack writes one deterministic zip whose manifest hashes every file', () => {
    const { dir, ws } = setup();
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    writeFileSync(join(dir, '..bill<2024>.pdf'), pdf);
    expect(runCli(['evidence', 'add', ws, '--metric', 'workforce.total', '--year', '2024', join(dir, '..bill<2024>.pdf')]).code).toBe(0);
    runCli(['review', 'submit', ws, '--year', '2024', '--all'], { ESG_ACTOR: 'Chan Tai Man' });
    runCli(['review', 'return', ws, '--year', '2024', '--metric', 'workforce.leavers', '--comment', '=HYPERLINK("x") check'], { ESG_ACTOR: 'Lee Mei' });
    const out = join(dir, 'pack.zip');
    const r = runCli(['assurance-pack', ws, '--year', '2024', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const files = unzip(out);
    const manifest = JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')) as { year: number; files: { path: string; bytes: number; sha256: string }[] };
    expect(manifest.year).toBe(2024);
    expect(manifest.files.map((f) => f.path)).toEqual([...files.keys()].filter((n) => n !== 'manifest.json'));
    for (const f of manifest.files) {
      expect(sha(files.get(f.path) as Buffer), f.path).toBe(f.sha256);
      expect((files.get(f.path) as Buffer).length).toBe(f.bytes);
    }
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['annex/kpi-annex-2024-en.xlsx', 'annex/kpi-annex-2024-zh-Hant.xlsx', 'audit/audit-log-2024.csv', 'trace/calculation-trace.csv', 'factors/factor-sources-2024.csv', 'approvals/value-states-2024.csv', 'evidence/workforce.total/total/bill_2024_.pdf']),
    );
    expect(files.get('evidence/workforce.total/total/bill_2024_.pdf')).toEqual(pdf);
    const approvals = (files.get('approvals/value-states-2024.csv') as Buffer).toString('utf8');
    expect(approvals).toContain(`workforce.leavers,,returned,Lee Mei,2,`);
    // A comment typed as a formula stays text in a spreadsheet program.
    expect(approvals).toContain(`"'=HYPERLINK(""x"") check"`);
    const audit = (files.get('audit/audit-log-2024.csv') as Buffer).toString('utf8');
    expect(audit).toMatch(/,Chan Tai Man,1,update,value_state,workforce\.total\|2024\|,submitted,/);
    expect((files.get('trace/calculation-trace.csv') as Buffer).toString('utf8')).toMatch(/\r\nghg\.scope2_location,/);
    // The same workspace gives the same bytes.
    const again = join(dir, 'again.zip');
    runCli(['assurance-pack', ws, '--year', '2024', '--out', again]);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
    // A year the workspace does not have writes nothing.
    const none = join(dir, 'none.zip');
    expect(runCli(['assurance-pack', ws, '--year', '2031', '--out', none]).err.trim()).toBe('The workspace has no year 2031');
    expect(existsSync(none)).toBe(false);
  });
});
