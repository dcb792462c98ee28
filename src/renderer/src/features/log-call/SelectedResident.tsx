import { Alert, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { CaseRow, ResidentSummary } from '../../../../shared/contract/types';
import { CONTACT_METHOD_LABELS } from '../../../../shared/domain/vocabulary';
import { useQuery } from '../../api/useQuery';
import { CaseStatusBadge, CaseTypeBadge, VulnerableBadge } from '../../ui/Badges';
import { formatAddress, truncate } from '../../ui/format';

/** The caller, once found: what the officer needs in front of them while on the phone. */
export function SelectedResident({
  resident,
  onClear,
  caseId,
  onUseCase,
}: {
  resident: ResidentSummary;
  onClear: () => void;
  caseId: string | null;
  onUseCase: (c: CaseRow) => void;
}) {
  const detail = useQuery('residents.get', { id: resident.id });
  const full = detail.data?.resident;
  const openCases = (detail.data?.cases ?? []).filter((c) => c.status === 'open');

  return (
    <Card withBorder radius="md" padding="md" aria-label={`Caller: ${resident.name}`} component="section">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={700} size="lg">
                {resident.name}
              </Text>
              {resident.vulnerable && <VulnerableBadge />}
            </Group>
            <Text size="sm">
              {formatAddress([resident.address, resident.postcode]) || 'No address recorded'}
            </Text>
            {resident.phone && <Text size="sm">Phone: {resident.phone}</Text>}
            {full?.preferredContactMethod && (
              <Text size="sm">
                Prefers: {CONTACT_METHOD_LABELS[full.preferredContactMethod]}
                {full.preferredContactTimes ? `, ${full.preferredContactTimes}` : ''}
              </Text>
            )}
          </Stack>
          <Button variant="default" size="xs" onClick={onClear}>
            Change caller
          </Button>
        </Group>

        {detail.loading && !detail.data && (
          <Group gap="xs" role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              Loading their details…
            </Text>
          </Group>
        )}

        {full?.reasonableAdjustments && (
          <Alert
            color="grape"
            variant="light"
            icon={<IconAlertCircle aria-hidden />}
            title="Reasonable adjustments"
            p="xs"
          >
            <Text size="sm">{full.reasonableAdjustments}</Text>
          </Alert>
        )}
        {full?.supportNeeds && (
          <Text size="sm">
            <strong>Support needs:</strong> {full.supportNeeds}
          </Text>
        )}
        {full?.representativeName && (
          <Text size="sm">
            <strong>Representative:</strong> {full.representativeName}
            {full.representativeRelationship ? ` (${full.representativeRelationship})` : ''}
            {full.representativeContact ? `, ${full.representativeContact}` : ''} —{' '}
            {full.representativeConsent ? 'consent given' : 'no consent recorded: do not share details'}
          </Text>
        )}

        {openCases.length > 0 && !caseId && (
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              Open cases — is the call about one of these?
            </Text>
            {openCases.slice(0, 5).map((c) => (
              <Group key={c.id} gap="xs" wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="outline"
                  onClick={() => onUseCase(c)}
                  aria-label={`Add this call to case ${c.reference}`}
                >
                  Add to {c.reference}
                </Button>
                <CaseTypeBadge type={c.type} />
                <CaseStatusBadge status={c.status} />
                <Text size="sm" truncate>
                  {truncate(c.summary, 90)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
