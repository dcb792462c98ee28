import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Property, Resident } from '../../../../shared/contract/types';
import { CONTACT_METHOD_LABELS } from '../../../../shared/domain/vocabulary';
import { VulnerableBadge } from '../../ui/Badges';
import { formatIsoDate } from '../../ui/dates';
import { formatAddress } from '../../ui/format';
import { RouteLink } from '../../nav/RouteLink';
import { ResidentEditor } from '../resident-editor';

/** The resident at a glance, with what matters for how we deal with them; editable in place. */
export function ResidentCard({
  resident,
  property,
  headingOrder = 2,
  onEdited,
}: {
  resident: Resident;
  property: Property | null;
  headingOrder?: 2 | 3;
  /** Given: the card offers "Edit details" and passes on the resident as saved. */
  onEdited?: (resident: Resident) => void;
}) {
  const [editing, setEditing] = useState(false);
  const headingId = `resident-${resident.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Title order={headingOrder} size="h4" id={headingId}>
            <RouteLink to={{ name: 'resident', id: resident.id }}>{resident.name}</RouteLink>
          </Title>
          {resident.vulnerable && <VulnerableBadge />}
        </Group>
        {property && (
          <Text size="sm">
            {formatAddress([property.addressLine1, property.addressLine2, property.town, property.postcode])}
          </Text>
        )}
        {resident.phone && <Text size="sm">Phone: {resident.phone}</Text>}
        {resident.email && <Text size="sm">Email: {resident.email}</Text>}
        {resident.preferredContactMethod && (
          <Text size="sm">
            Prefers: {CONTACT_METHOD_LABELS[resident.preferredContactMethod]}
            {resident.preferredContactTimes ? `, ${resident.preferredContactTimes}` : ''}
          </Text>
        )}
        {resident.reasonableAdjustments && (
          <Text size="sm">
            <strong>Reasonable adjustments:</strong> {resident.reasonableAdjustments}
          </Text>
        )}
        {resident.supportNeeds && (
          <Text size="sm">
            <strong>Support needs:</strong> {resident.supportNeeds}
          </Text>
        )}
        {resident.largePrintPt && <Text size="sm">Letters in large print ({resident.largePrintPt} pt).</Text>}
        {resident.representativeName && (
          <Text size="sm">
            <strong>Representative:</strong> {resident.representativeName}
            {resident.representativeRelationship ? ` (${resident.representativeRelationship})` : ''}
            {resident.representativeContact ? `, ${resident.representativeContact}` : ''}.{' '}
            {resident.representativeConsent
              ? resident.representativeConsentOn
                ? `Consent given ${formatIsoDate(resident.representativeConsentOn)}.`
                : 'Consent given (date not recorded).'
              : 'No consent recorded: do not share details.'}
          </Text>
        )}
        {onEdited && (
          <Group mt={4}>
            <Button
              variant="light"
              size="compact-sm"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              Edit details
            </Button>
          </Group>
        )}
      </Stack>
      {onEdited && (
        <ResidentEditor
          resident={resident}
          property={property}
          opened={editing}
          onClose={() => setEditing(false)}
          onSaved={onEdited}
        />
      )}
    </Card>
  );
}
