import { Group, Select } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { CASE_SORT_LABELS, CASE_SORTS, type CaseSort } from '../../../../shared/contract/inputs';
import {
  OPENNESS,
  CASE_TYPE_LABELS,
  CASE_TYPES,
  type Openness,
  type CaseType,
} from '../../../../shared/domain/vocabulary';
import { SearchBox } from '../../ui/SearchBox';
import type { CaseFilters } from './useCasePaging';

const TYPE_OPTIONS = CASE_TYPES.map((t) => ({ value: t, label: CASE_TYPE_LABELS[t] }));
const STATUS_OPTIONS = OPENNESS.map((s) => ({
  value: s,
  label: s === 'open' ? 'Open (any stage)' : 'Closed',
}));
const SORT_OPTIONS = CASE_SORTS.map((s) => ({ value: s, label: CASE_SORT_LABELS[s] }));

export function CaseFiltersBar({
  filters,
  onChange,
  showStatus = true,
  children,
}: {
  filters: CaseFilters;
  onChange: (change: Partial<CaseFilters>) => void;
  showStatus?: boolean;
  /** More controls at the end of the bar (the Columns menu). */
  children?: ReactNode;
}) {
  const [search, setSearch] = useState(filters.search);
  const applySearch = useDebouncedCallback((value: string) => onChange({ search: value }), 250);

  return (
    <Group align="flex-end" gap="sm">
      <SearchBox
        label="Search cases"
        placeholder="Reference, resident or words in the summary"
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          applySearch(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onChange({ search });
          }
        }}
        w={340}
      />
      <Select
        label="Type"
        placeholder="Any type"
        data={TYPE_OPTIONS}
        value={filters.type}
        onChange={(v) => onChange({ type: (v as CaseType | null) ?? null })}
        clearable
        w={190}
      />
      {showStatus && (
        <Select
          label="Status"
          placeholder="Any status"
          data={STATUS_OPTIONS}
          value={filters.status}
          onChange={(v) => onChange({ status: (v as Openness | null) ?? null })}
          clearable
          w={150}
        />
      )}
      <Select
        label="Sort"
        data={SORT_OPTIONS}
        value={filters.sort}
        onChange={(v) => v && onChange({ sort: v as CaseSort })}
        allowDeselect={false}
        w={230}
      />
      {children}
    </Group>
  );
}
