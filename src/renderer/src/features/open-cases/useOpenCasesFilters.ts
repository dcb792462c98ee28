// The managers' view's filters and page, remembered while the app is open so coming back from a
// case lands on the same page of the same list. Any change of filter goes back to the first page.
import { useEffect, useState } from 'react';
import type { UrgencyFilter } from '../../../../shared/complaints/urgencyBands';
import type { CaseType, ServiceArea } from '../../../../shared/domain/vocabulary';

export type StageFilter = 'any' | '1' | '2';

export interface OpenCasesFilters {
  stage: StageFilter;
  ownerId: string | null;
  serviceArea: ServiceArea | null;
  type: CaseType | null;
  urgency: UrgencyFilter | null;
}

export const NO_FILTERS: OpenCasesFilters = {
  stage: 'any',
  ownerId: null,
  serviceArea: null,
  type: null,
  urgency: null,
};

/** Cases a page of Open cases shows. */
export const OPEN_CASES_PAGE = 50;

let remembered = { filters: NO_FILTERS, offset: 0 };

export function isFiltered(f: OpenCasesFilters): boolean {
  return (
    f.stage !== 'any' || f.ownerId !== null || f.serviceArea !== null || f.type !== null || f.urgency !== null
  );
}

/** The work.list input for these filters and this page. */
export function workListInput(f: OpenCasesFilters, offset: number) {
  return {
    mine: false,
    stage: f.stage === 'any' ? null : f.stage === '1' ? (1 as const) : (2 as const),
    ownerId: f.ownerId,
    serviceArea: f.serviceArea,
    type: f.type,
    urgency: f.urgency,
    offset,
    limit: OPEN_CASES_PAGE,
  };
}

export function useOpenCasesFilters() {
  const [state, setState] = useState(remembered);
  useEffect(() => {
    remembered = state;
  }, [state]);
  return {
    filters: state.filters,
    offset: state.offset,
    change: (change: Partial<OpenCasesFilters>) =>
      setState((s) => ({ filters: { ...s.filters, ...change }, offset: 0 })),
    clear: () => setState({ filters: NO_FILTERS, offset: 0 }),
    goTo: (offset: number) => setState((s) => ({ ...s, offset })),
  };
}
