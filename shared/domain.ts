// Domain types shared by the store, services, CLI and UI.
import type { Dims } from './dimensions.js';

export type Lang = 'zh-Hant' | 'en';
export const LANGS: readonly Lang[] = ['zh-Hant', 'en'];

import type { IssuerCategory } from './framework/basis.js';

export interface Company {
  nameZh: string;
  nameEn: string;
  shortNameZh: string;
  shortNameEn: string;
  /** Every counter the shares trade on (e.g. 0700 and the RMB counter 80700). */
  stockCodes: string[];
  /** The codes as one line for documents ("0700, 80700"); derived from stockCodes. */
  stockCode: string;
  currency: string;
  fiscalYearEnd: string;
  languages: Lang[];
  reportYear: number | null;
  baselineYear: number | null;
  /** HKEX issuer category (main_board, largecap, gem): decides the basis of Part D items. */
  issuerCategory: IssuerCategory;
  /** Registered address per language and contact details: printed on the back cover. */
  addressZh: string;
  addressEn: string;
  phone: string;
  email: string;
  website: string;
  /** How environmental data are consolidated; "About this report" states it. */
  consolidation: 'operational_control' | 'financial_control' | 'equity_share';
  /** The language version that prevails where the two differ. */
  prevailingLang: Lang;
  /** The cover logo, if one is set (its bytes are read with the profile repo's logo()). */
  logo: { mime: 'image/png' | 'image/jpeg'; bytes: number } | null;
  /**
   * Denominators the company's intensities use besides per person (workforce.total, always
   * there): metric codes such as denominator.revenue or denominator.production.
   */
  intensityDenominators: string[];
  /** The SASB industry the company reports under (e.g. RT-CP); null: the catalogue's own industries. */
  sasbIndustry: string | null;
}

export interface Site {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  /** Its last year in the reporting boundary; null while it is in it. Its history stays. */
  retiredYear: number | null;
}

/** One stored value with its provenance. */
export interface StoredValue {
  metric: string;
  year: number;
  dims: Dims;
  /** Canonical unit; null when not applicable. */
  value: number | null;
  naReason: string | null;
  /** With a reason and no number: "not disclosed" (stays absent), not "not applicable" (zero in sums). */
  notDisclosed?: boolean;
  enteredValue: string | null;
  enteredUnit: string | null;
  source: string | null;
  note: string | null;
  /** The footnote the report prints with this value, per language (reader text, not provenance). */
  footnoteZh?: string | null;
  footnoteEn?: string | null;
  estimated: boolean;
  updatedAt: string;
  updatedBy: string;
}

/** What a caller supplies to write a value; the store adds time and actor. */
export type ValueInput = Omit<StoredValue, 'updatedAt' | 'updatedBy'>;

export const TARGET_TYPES = ['reduction_pct', 'absolute', 'share_pct'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export interface Target {
  code: string;
  metric: string;
  baselineYear: number;
  targetYear: number;
  type: TargetType;
  targetValue: number;
  titleZh: string;
  titleEn: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: 'insert' | 'update' | 'delete';
  entity: string;
  entityKey: string;
  metric: string | null;
  year: number | null;
  old: unknown;
  new: unknown;
  context: string | null;
  /** The workspace's person the actor was (migration 0130), when one was working. */
  personId?: number | null;
}
