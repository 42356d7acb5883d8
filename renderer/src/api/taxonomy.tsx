import { createContext, useContext, type ReactNode } from 'react';
import type { OpOutput } from '../../../core/contract';
import { useApi } from './useApi';

export type Taxonomy = OpOutput<'taxonomy.get'>;

const TaxonomyContext = createContext<Taxonomy | undefined>(undefined);

/** Loads the vocabularies once; screens read them with useTaxonomy(). */
export function TaxonomyProvider({ children }: { children: ReactNode }) {
  const { data } = useApi('taxonomy.get', {});
  if (!data) return null;
  return <TaxonomyContext.Provider value={data}>{children}</TaxonomyContext.Provider>;
}

export function useTaxonomy(): Taxonomy {
  const value = useContext(TaxonomyContext);
  if (!value) throw new Error('useTaxonomy outside TaxonomyProvider');
  return value;
}

/** Display name of a loss reason code. */
export function useLossReasonName(): (code: string) => string {
  const { lossReasons } = useTaxonomy();
  return (code) => lossReasons.find((r) => r.code === code)?.name ?? code;
}
