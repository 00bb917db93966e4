import { createContext, useContext } from 'react';
import type { CatalogueView } from '../../shared/api/contract.js';
import type { MetricDef } from '../../shared/catalogue.js';

export interface CatalogueIndex {
  view: CatalogueView;
  byCode: Map<string, MetricDef>;
}

export function indexCatalogue(view: CatalogueView): CatalogueIndex {
  return { view, byCode: new Map(view.metrics.map((m) => [m.code, m])) };
}

export const CatalogueContext = createContext<CatalogueIndex>(indexCatalogue({ metrics: [], dimensions: [], departments: [] }));
export const useCatalogue = () => useContext(CatalogueContext);
