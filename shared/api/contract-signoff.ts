// The contract's methods for the sign-off of an edition (issue 15, item 5): what the year's
// requests and decisions are, the ESG lead's request for approval, and a reviewer's decision.
// Spread into the one map in contract.ts. Who may do what is checked by the service.
import { z } from 'zod';
import { YEAR_MAX, YEAR_MIN } from '../years.js';

const year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);

export const signoffContract = {
  'signoff:get': { input: z.object({ year }).strict() },
  /** Reviewers by person id; none given: every active reviewer but the requester. */
  'signoff:request': { input: z.object({ year, reviewers: z.array(z.number().int().positive()).max(50).optional() }).strict() },
  'signoff:decide': {
    input: z
      .object({ year, decision: z.enum(['approved', 'rejected']), comment: z.string().max(2000).optional() })
      .strict()
      .refine((i) => i.decision !== 'rejected' || (i.comment ?? '').trim() !== '', { message: 'signoff.comment_needed', path: ['comment'] }),
  },
} as const;

export type SignoffStatus = 'open' | 'approved' | 'rejected' | 'superseded';
/** What changed in the edition since a request was made: its content (text, outline, registers, profile) or the figures it shows. */
export type RevisionPart = 'content' | 'data';

export interface SignoffReviewerView {
  personId: number;
  name: string;
  decision: 'approved' | 'rejected' | null;
  comment: string | null;
  decidedAt: string | null;
}

export interface SignoffRequestView {
  id: number;
  status: SignoffStatus;
  requestedBy: string;
  requestedAt: string;
  closedAt: string | null;
  reviewers: SignoffReviewerView[];
  /** Empty while the edition is as it was when approval was requested. */
  changedSince: RevisionPart[];
}

/**
 * Whether publishing may go ahead: `approved` (the latest request is approved and the edition
 * unchanged since), `stale` (approved before later changes), `open`, `rejected`, `none` (never
 * requested), `not_used` (the workspace has no people: publishing is not gated).
 */
export type SignoffGate = 'approved' | 'stale' | 'open' | 'rejected' | 'none' | 'not_used';

/** What a published edition's publication rested on. */
export interface PublishedSignoff {
  kind: 'approved' | 'overridden' | 'not_used';
  /** The approving reviewers (for an override: those of an approval given before later changes, if any). */
  approvers: { name: string; at: string }[];
  /** The ESG lead's reason, for an override. */
  reason: string | null;
  /** Overridden while an approval existed that later changes had outdated. */
  staleApproval: boolean;
}

export interface SignoffView {
  year: number;
  gate: SignoffGate;
  /** Every request of the year, newest first. */
  requests: SignoffRequestView[];
  /** Active people with the reviewer role, to name in a request. */
  reviewers: { id: number; name: string }[];
  /** For the person working: may they request approval (ESG lead), decide the open request (a named reviewer who has not yet)? */
  mayRequest: boolean;
  mayDecide: boolean;
  published: PublishedSignoff | null;
}

export interface SignoffOutputs {
  'signoff:get': SignoffView;
  'signoff:request': SignoffView;
  'signoff:decide': SignoffView;
}
