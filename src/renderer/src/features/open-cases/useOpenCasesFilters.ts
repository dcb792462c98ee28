// The managers' view's filters, remembered while the app is open so coming back from a case
// lands on the same list.
import { useEffect, useState } from 'react';
import type { ServiceArea } from '../../../../shared/domain/vocabulary';

export type StageFilter = 'any' | '1' | '2';

export interface OpenCasesFilters {
  stage: StageFilter;
  ownerId: string | null;
  serviceArea: ServiceArea | null;
}

export const NO_FILTERS: OpenCasesFilters = { stage: 'any', ownerId: null, serviceArea: null };

let remembered: OpenCasesFilters = NO_FILTERS;

export function isFiltered(f: OpenCasesFilters): boolean {
  return f.stage !== 'any' || f.ownerId !== null || f.serviceArea !== null;
}

/** The work.list input for these filters. */
export function workListInput(f: OpenCasesFilters, limit: number) {
  return {
    mine: false,
    stage: f.stage === 'any' ? null : f.stage === '1' ? (1 as const) : (2 as const),
    ownerId: f.ownerId,
    serviceArea: f.serviceArea,
    limit,
  };
}

export function useOpenCasesFilters() {
  const [filters, setFilters] = useState<OpenCasesFilters>(remembered);
  useEffect(() => {
    remembered = filters;
  }, [filters]);
  return {
    filters,
    change: (change: Partial<OpenCasesFilters>) => setFilters((f) => ({ ...f, ...change })),
    clear: () => setFilters(NO_FILTERS),
  };
}
