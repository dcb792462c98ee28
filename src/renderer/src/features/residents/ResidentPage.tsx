import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPhonePlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Resident } from '../../../../shared/contract/types';
import { TENURE_LABELS } from '../../../../shared/domain/vocabulary';
import { useQuery } from '../../api/useQuery';
import { navigate } from '../../nav/useRoute';
import { VulnerableBadge } from '../../ui/Badges';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { formatDate } from '../../ui/format';
import { PageTitle } from '../../ui/PageTitle';
import { SubjectAccessSection } from '../retention';
import { RouteLink } from '../../nav/RouteLink';
import { Section } from '../../ui/Section';
import { CasesTable, ContactTimeline } from '../cases';
import { ResidentEditor } from '../resident-editor';
import { ResidentDetails } from './ResidentDetails';

export function ResidentPage({ id }: { id: string }) {
  const query = useQuery('residents.get', { id });
  const { error, loading, reload } = query;
  const [editing, setEditing] = useState(false);
  // What a save answered shows at once, until the reload (which brings the address) replaces it.
  const [saved, setSaved] = useState<{ over: unknown; resident: Resident } | null>(null);
  const data =
    saved && query.data && saved.over === query.data
      ? { ...query.data, resident: saved.resident }
      : query.data;

  if (error) {
    return (
      <Stack>
        <ErrorAlert title="This resident could not be opened" error={error} onRetry={reload} />
        <RouteLink to={{ name: 'residents' }}>Back to residents</RouteLink>
      </Stack>
    );
  }
  if (!data) return <PageLoader label="Opening the resident’s record…" />;

  const { resident, property, contacts, cases } = data;
  return (
    <Stack gap="lg" maw={1200} aria-busy={loading}>
      <Stack gap={6}>
        <RouteLink to={{ name: 'residents' }} size="sm">
          ← Residents
        </RouteLink>
        <Group justify="space-between" align="flex-start">
          <Stack gap={6}>
            <Group gap="sm">
              <PageTitle documentTitle={resident.name}>{resident.name}</PageTitle>
              {resident.vulnerable && <VulnerableBadge />}
            </Group>
            <Text size="sm" c="dimmed">
              On record since {formatDate(resident.createdAt)}
            </Text>
          </Stack>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              Edit details
            </Button>
            <Button
              leftSection={<IconPhonePlus size={18} aria-hidden />}
              onClick={() => navigate({ name: 'call', residentId: resident.id })}
            >
              Log a call for this resident
            </Button>
          </Group>
        </Group>
      </Stack>

      <ResidentEditor
        resident={resident}
        property={property}
        opened={editing}
        onClose={() => setEditing(false)}
        onSaved={(r) => {
          setSaved({ over: query.data, resident: r });
          reload();
        }}
      />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Section title="Cases" id="resident-cases">
              {cases.length === 0 ? (
                <Text c="dimmed">No cases.</Text>
              ) : (
                <CasesTable
                  items={cases}
                  loading={false}
                  caption={`${cases.length} ${cases.length === 1 ? 'case' : 'cases'}`}
                  showResident={false}
                />
              )}
            </Section>
            <Section title="Calls and contact" id="resident-contacts" gap="md">
              <ContactTimeline contacts={contacts} show="resident" />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <ResidentDetails resident={resident} />
            <Section title="Home" id="resident-property">
              {property ? (
                <Stack gap={2}>
                  <Text size="sm">{property.addressLine1}</Text>
                  {property.addressLine2 && <Text size="sm">{property.addressLine2}</Text>}
                  {property.town && <Text size="sm">{property.town}</Text>}
                  <Text size="sm">{property.postcode}</Text>
                  {property.tenure && (
                    <Text size="sm" mt="xs">
                      Tenure: {TENURE_LABELS[property.tenure]}
                    </Text>
                  )}
                  {property.uprn && <Text size="sm">UPRN: {property.uprn}</Text>}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  No address recorded.
                </Text>
              )}
            </Section>
            <SubjectAccessSection residentId={resident.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
