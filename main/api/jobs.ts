// Long work (exports) runs as a job: the call that starts it returns at once with an id, and
// the UI polls `job:status` for progress. Polling works the same over Electron IPC and the
// loopback host (which has no push channel), and the UI stays responsive while main works.
import { randomBytes } from 'node:crypto';
import type { ExportFile, JobStatus } from '../../shared/api/contract.js';
import { ExportError } from '../export/export-error.js';
import { ApiFailure } from './failure.js';

export interface PlannedFile {
  name: string;
  path: string;
  kind: ExportFile['kind'];
  lang: ExportFile['lang'];
}

interface Job {
  status: JobStatus;
  planned: PlannedFile[];
}

const KEEP = 20;

export function createJobs() {
  const jobs = new Map<string, Job>();

  return {
    /** Starts `write` for each planned file in turn; returns the job id at once. */
    start(folder: string, planned: PlannedFile[], canReveal: boolean, write: (f: PlannedFile, onStep: (step: JobStatus['step']) => void) => Promise<{ bytes: number; ms: number }>): string {
      const jobId = `job-${randomBytes(8).toString('hex')}`;
      const status: JobStatus = { jobId, state: 'running', done: 0, total: planned.length, current: planned[0]?.name ?? null, step: null, folder, files: [], error: null, canReveal };
      jobs.set(jobId, { status, planned });
      while (jobs.size > KEEP) jobs.delete(jobs.keys().next().value as string);
      void (async () => {
        for (const f of planned) {
          status.current = f.name;
          // Let pending status polls through before the CPU-heavy build starts.
          await new Promise((r) => setImmediate(r));
          try {
            status.step = null;
            const r = await write(f, (step) => void (status.step = step));
            status.step = null;
            status.files.push({ name: f.name, kind: f.kind, lang: f.lang, bytes: r.bytes, ms: r.ms });
            status.done += 1;
          } catch (e) {
            status.state = 'failed';
            status.current = null;
            status.step = null;
            const code = e instanceof ApiFailure ? e.code : 'internal';
            status.error = { code, message: `${f.name}: ${(e as Error).message}` };
            if (e instanceof ExportError) Object.assign(status.error, { messageCode: e.code, params: { ...e.params, file: f.name } });
            return;
          }
        }
        status.state = 'done';
        status.current = null;
      })();
      return jobId;
    },
    status(jobId: string): JobStatus {
      const job = jobs.get(jobId);
      if (!job) throw new ApiFailure('not_found', 'There is no such job (it may be from an earlier session).');
      return { ...job.status, files: [...job.status.files] };
    },
    /** The path main wrote for file `index` of a finished job (never a path from the renderer). */
    writtenPath(jobId: string, index: number): string {
      const job = jobs.get(jobId);
      const name = job?.status.files[index]?.name;
      const f = name ? job?.planned.find((p) => p.name === name) : undefined;
      if (!f) throw new ApiFailure('not_found', 'That file was not written by this job.');
      return f.path;
    },
  };
}
export type Jobs = ReturnType<typeof createJobs>;
