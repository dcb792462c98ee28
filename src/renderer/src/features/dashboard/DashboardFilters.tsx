// The dashboard's period and filters. Every change goes into the address (see view.ts).
import { Button, Group, Input, SegmentedControl, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useId } from 'react';
import { SERVICE_AREA_LABELS, SERVICE_AREAS, type ServiceArea } from '../../../../shared/domain/vocabulary';
import { useQuery } from '../../api/useQuery';
import { DateField } from '../../ui/DateField';
import { isFiltered, PERIOD_CHOICES, type DashboardView, type PeriodChoice } from './view';

const AREAS = SERVICE_AREAS.map((a) => ({ value: a, label: SERVICE_AREA_LABELS[a] }));
const STAGES = [
  { value: 'any', label: 'Both stages' },
  { value: '1', label: 'Stage 1' },
  { value: '2', label: 'Stage 2' },
];

export function DashboardFilters({
  view,
  onChange,
  datesError,
}: {
  view: DashboardView;
  onChange: (change: Partial<DashboardView>) => void;
  datesError: string | undefined;
}) {
  const stageLabel = useId();
  const people = useQuery('people.list', {});
  const causes = useQuery('learning.rootCauses', {});
  const officers = [...(people.data ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((p) => ({ value: p.id, label: p.name }));
  const causeOptions = [
    ...new Set([...(causes.data?.causes ?? []), ...(view.rootCause ? [view.rootCause] : [])]),
  ];

  return (
    <Group
      align="flex-end"
      gap="md"
      component="form"
      role="search"
      aria-label="Choose the period and filter the figures"
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label="Period"
        data={PERIOD_CHOICES.map((c) => ({ value: c.value, label: c.label }))}
        value={view.period}
        onChange={(v) => v && onChange({ period: v as PeriodChoice })}
        allowDeselect={false}
        w={210}
      />
      {view.period === 'dates' && (
        <>
          <DateField label="From" value={view.from ?? ''} onChange={(v) => onChange({ from: v || null })} />
          <DateField
            label="To"
            value={view.to ?? ''}
            onChange={(v) => onChange({ to: v || null })}
            error={datesError}
          />
        </>
      )}
      <Input.Wrapper label="Stage" labelElement="div" labelProps={{ id: `${stageLabel}-label` }}>
        <SegmentedControl
          aria-labelledby={`${stageLabel}-label`}
          data={STAGES}
          value={view.stage ? String(view.stage) : 'any'}
          onChange={(v) => onChange({ stage: v === '1' ? 1 : v === '2' ? 2 : null })}
          display="flex"
          color="indigo.8"
        />
      </Input.Wrapper>
      <Select
        label="Service area"
        placeholder="Any service area"
        data={AREAS}
        value={view.serviceArea}
        onChange={(v) => onChange({ serviceArea: (v as ServiceArea | null) ?? null })}
        clearable
        searchable
        w={200}
      />
      <Select
        label="Officer"
        placeholder={people.loading ? 'Loading officers…' : 'Any officer'}
        data={officers}
        value={view.officerId}
        onChange={(v) => onChange({ officerId: v ?? null })}
        clearable
        searchable
        w={200}
      />
      <Select
        label="Root cause"
        placeholder="Any root cause"
        data={causeOptions}
        value={view.rootCause}
        onChange={(v) => onChange({ rootCause: v ?? null })}
        clearable
        searchable
        w={220}
      />
      {isFiltered(view) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onChange({ stage: null, serviceArea: null, officerId: null, rootCause: null })}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
