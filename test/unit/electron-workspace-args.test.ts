// The workspace a launch names: the first existing .esg among the arguments, resolved against
// the launching process's folder; switches Chromium adds are not files.
import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { workspaceFromArgv } from '../../main/electron/workspace-opening.js';

const existing = new Set([resolve('/home/ann/reports/acme.esg'), resolve('/home/ann/ACME-2024.ESG'), resolve('/tmp/--odd.esg')]);
const exists = (p: string) => existing.has(p);

describe('workspaceFromArgv', () => {
  it('resolves a relative path against the working directory of the launch', () => {
    expect(workspaceFromArgv(['reports/acme.esg'], '/home/ann', exists)).toBe(resolve('/home/ann/reports/acme.esg'));
    expect(workspaceFromArgv([join('..', 'ann', 'reports', 'acme.esg')], '/home/bob', exists)).toBe(resolve('/home/ann/reports/acme.esg'));
  });

  it('skips switches, other files and workspaces that do not exist', () => {
    expect(workspaceFromArgv(['--allow-file-access-from-files', '--original-process-start-time=1', 'notes.txt', 'gone.esg', '/home/ann/reports/acme.esg'], '/', exists)).toBe(resolve('/home/ann/reports/acme.esg'));
    expect(workspaceFromArgv(['/tmp/--odd.esg'], '/', exists)).toBe(resolve('/tmp/--odd.esg'));
    expect(workspaceFromArgv(['--inspect=9229', '.'], '/home/ann', exists)).toBeUndefined();
    expect(workspaceFromArgv([], '/home/ann', exists)).toBeUndefined();
  });

  it('takes the extension in any case (Windows passes names as typed)', () => {
    expect(workspaceFromArgv(['ACME-2024.ESG'], '/home/ann', exists)).toBe(resolve('/home/ann/ACME-2024.ESG'));
  });
});
