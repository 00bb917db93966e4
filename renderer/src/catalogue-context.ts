import { createContext, useContext } from 'react';
import type { CatalogueView } from '../../shared/api/contract.js';
import type { MetricDef } from '../../shared/catalogue.js';
import type { Site } from '../../shared/domain.js';

export interface CatalogueIndex {
  view: CatalogueView;
  byCode: Map<string, MetricDef>;
  /** The workspace's sites, the values of the open `site` dimension. */
  sites: Site[];
}

export function indexCatalogue(view: CatalogueView, sites: Site[] = []): CatalogueIndex {
  return { view, byCode: new Map(view.metrics.map((m) => [m.code, m])), sites };
}

export const CatalogueContext = createContext<CatalogueIndex>(indexCatalogue({ metrics: [], dimensions: [], departments: [], industries: [] }));
export const useCatalogue = () => useContext(CatalogueContext);
