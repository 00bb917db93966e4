// The Part D (climate-related disclosures) index as both exports print it, for editions that
// follow the ESG Reporting Code: each item in the Code's order with its paragraph as the
// catalogue gives it, its basis for the company that year, and where the report discloses it
// (sections, metrics) or the explanation. Built by main/services/partd-index-service.ts.
import type { Basis } from '../../shared/framework/basis.js';
import type { DisclosureState } from '../../shared/checks/disclosure-state.js';

export interface PartDIndexRow {
  code: string;
  /** The Code's paragraph number as the catalogue records it; null where it is not verified. */
  paragraph: string | null;
  title: string;
  basis: Basis;
  /** The last financial year of an interim relief the item uses, if any. */
  reliefEndsFy: number | null;
  /** Section titles (with their numbers) that disclose it. */
  sections: string[];
  /** Metrics that disclose it (mapped, or catalogued under the item), with their names. */
  metrics: { code: string; name: string }[];
  /** The not-applicable reason given in the disclosure map. */
  explanation: string | null;
  state: DisclosureState;
}
