// The contract's methods for per-machine preferences: which soffice PDF export runs. The
// renderer never sends a path: in Electron main asks with a native dialog, in the loopback
// host the path is set from the command line (`esg-studio prefs --soffice <path>`).
import { z } from 'zod';

export type SofficeSource = 'preference' | 'env' | 'path' | 'well_known';

export type SofficeStatus = (
  | { found: true; path: string; from: SofficeSource }
  /** `set`: the preference (or ESG_SOFFICE) names a program that does not exist. */
  | { found: false; set: string | null; from: 'preference' | 'env' | null }
) & {
  /** Whether this shell can choose the program with a native dialog (Electron only). */
  canChoose: boolean;
};

export const prefsContract = {
  'prefs:soffice': { input: z.object({}).strict() },
  'prefs:choose-soffice': { input: z.object({}).strict() },
  'prefs:clear-soffice': { input: z.object({}).strict() },
} as const;

export interface PrefsOutputs {
  'prefs:soffice': SofficeStatus;
  'prefs:choose-soffice': SofficeStatus;
  'prefs:clear-soffice': SofficeStatus;
}
