// The contract's methods for people and roles, value review, evidence, the collection
// dashboard and the assurance pack (issue 15). Spread into the one map in contract.ts. The
// renderer never sends a path or file bytes: evidence is chosen with a dialog (Electron) or
// by bare file name in the loopback host's folder, and read by main.
import { z } from 'zod';
import { newPersonSchema, personUpdateSchema, type Person, type ValueState } from '../review/people.js';
import type { EvidenceKind } from '../review/evidence-file.js';
import { YEAR_MAX, YEAR_MIN } from '../years.js';

const year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);
const code = z.string().min(1).max(120).regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/);
const dims = z.record(z.string().regex(/^[a-z][a-z0-9_]*$/).max(40), z.string().min(1).max(80));
const id = z.number().int().positive();
/** A bare file name in the host's folder (no directory part, no `..`): the second fence is in paths.ts. */
const bareFileName = z
  .string()
  .min(1)
  .max(160)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'a file name, not a path')
  .refine((n) => !n.startsWith('.') && !n.includes('..'), 'a file name, not a path');

export const reviewContract = {
  'people:list': { input: z.object({}).strict() },
  'people:add': { input: newPersonSchema },
  'people:update': { input: personUpdateSchema },
  /** Who is working in this window (the renderer remembers it per machine); null: nobody. */
  'people:use': { input: z.object({ id: id.nullable() }).strict() },
  'review:states': { input: z.object({ year }).strict() },
  'review:act': {
    input: z
      .object({
        action: z.enum(['submit', 'approve', 'return']),
        year,
        values: z.array(z.object({ metric: code, dims }).strict()).min(1).max(5000),
        comment: z.string().max(2000).optional(),
      })
      .strict(),
  },
  /** Every value the action applies to for the person working (their drafts; all submitted). */
  'review:act-all': { input: z.object({ action: z.enum(['submit', 'approve']), year }).strict() },
  'collection:dashboard': { input: z.object({ year }).strict() },
  'evidence:list': { input: z.object({ year, metric: code.optional(), dims: dims.optional() }).strict() },
  'evidence:attach': { input: z.object({ metric: code, year, dims, fileName: bareFileName.optional() }).strict() },
  'evidence:replace': { input: z.object({ id, fileName: bareFileName.optional() }).strict() },
  'evidence:remove': { input: z.object({ id }).strict() },
  'evidence:open': { input: z.object({ id }).strict() },
  'assurance:pack': { input: z.object({ year }).strict() },
} as const;

export interface PeopleView {
  people: Person[];
  /** The person working in this window, if one was chosen. */
  current: number | null;
  /** The key the renderer remembers the choice under (one per workspace, per machine). */
  workspaceId: string;
}

export interface ValueStateRow {
  metric: string;
  dims: Record<string, string>;
  state: ValueState;
  by: string;
  at: string;
  comment: string | null;
}

export interface EvidenceView {
  id: number;
  metric: string;
  year: number;
  dims: Record<string, string>;
  fileName: string;
  kind: EvidenceKind;
  size: number;
  sha256: string;
  attachedAt: string;
  attachedBy: string;
}

export interface CollectionDepartmentView {
  code: string;
  nameZh: string;
  nameEn: string;
  sent: number;
  returned: number;
  lastSent: string | null;
  lastReturned: string | null;
  metrics: number;
  filled: number;
  submitted: number;
  approved: number;
  open: { metric: string; status: 'missing' | 'returned' | 'draft' | 'submitted' | 'approved' }[];
}

export interface ReviewOutputs {
  'people:list': PeopleView;
  'people:add': Person;
  'people:update': Person;
  'people:use': { current: number | null };
  'review:states': ValueStateRow[];
  'review:act': { changed: number };
  'review:act-all': { changed: number };
  'collection:dashboard': CollectionDepartmentView[];
  'evidence:list': EvidenceView[];
  'evidence:attach': EvidenceView;
  'evidence:replace': EvidenceView;
  'evidence:remove': null;
  /** `path`: where the host wrote the temporary copy (the desktop app opens it instead). */
  'evidence:open': { opened: boolean; path: string | null };
  'assurance:pack': { folder: string; file: string; files: number; bytes: number };
}
