import { Button, Group, Input, SegmentedControl, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import type { PersonSummary } from '../../../../shared/contract/complaintTypes';
import {
  CASE_TYPE_LABELS,
  CASE_TYPES,
  SERVICE_AREA_LABELS,
  SERVICE_AREAS,
  type CaseType,
  type ServiceArea,
} from '../../../../shared/domain/vocabulary';
import { isFiltered, type OpenCasesFilters, type StageFilter } from './useOpenCasesFilters';

const STAGES: Array<{ value: StageFilter; label: string }> = [
  { value: 'any', label: 'Any stage' },
  { value: '1', label: 'Stage 1' },
  { value: '2', label: 'Stage 2' },
];

const TYPE_OPTIONS = CASE_TYPES.map((t) => ({ value: t, label: CASE_TYPE_LABELS[t] }));

const AREA_OPTIONS = SERVICE_AREAS.map((a) => ({ value: a, label: SERVICE_AREA_LABELS[a] }));

export function OpenCasesFiltersBar({
  filters,
  onChange,
  onClear,
  people,
  meId,
  peopleLoading,
  children,
}: {
  filters: OpenCasesFilters;
  onChange: (change: Partial<OpenCasesFilters>) => void;
  onClear: () => void;
  people: PersonSummary[];
  meId: string;
  peopleLoading: boolean;
  /** More controls at the end of the bar (the Columns menu). */
  children?: ReactNode;
}) {
  const stageLabel = useId();
  const officerOptions = [...people]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((p) => ({ value: p.id, label: p.id === meId ? `${p.name} (you)` : p.name }));

  return (
    <Group
      align="flex-end"
      gap="md"
      component="form"
      role="search"
      aria-label="Filter open cases"
      onSubmit={(e) => e.preventDefault()}
    >
      <Input.Wrapper
        label="Stage"
        labelElement="div"
        id={stageLabel}
        labelProps={{ id: `${stageLabel}-label` }}
      >
        <SegmentedControl
          aria-labelledby={`${stageLabel}-label`}
          data={STAGES}
          value={filters.stage}
          onChange={(v) => onChange({ stage: v as StageFilter })}
          display="flex"
          color="indigo.8"
        />
      </Input.Wrapper>
      <Select
        label="Officer"
        placeholder={peopleLoading ? 'Loading officers…' : 'Any officer'}
        data={officerOptions}
        value={filters.ownerId}
        onChange={(v) => onChange({ ownerId: v ?? null })}
        clearable
        searchable
        nothingFoundMessage="No officer by that name"
        w={240}
      />
      <Select
        label="Type"
        placeholder="Any type"
        data={TYPE_OPTIONS}
        value={filters.type}
        onChange={(v) => onChange({ type: (v as CaseType | null) ?? null })}
        clearable
        w={200}
      />
      <Select
        label="Service area"
        placeholder="Any service area"
        data={AREA_OPTIONS}
        value={filters.serviceArea}
        onChange={(v) => onChange({ serviceArea: (v as ServiceArea | null) ?? null })}
        clearable
        searchable
        nothingFoundMessage="No service area by that name"
        w={240}
      />
      {isFiltered(filters) && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear}>
          Clear filters
        </Button>
      )}
      {children}
    </Group>
  );
}
