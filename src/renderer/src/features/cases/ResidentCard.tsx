import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Property, Resident } from '../../../../shared/contract/types';
import { CONTACT_METHOD_LABELS } from '../../../../shared/domain/vocabulary';
import { VulnerableBadge } from '../../ui/Badges';
import { formatAddress } from '../../ui/format';
import { RouteLink } from '../../nav/RouteLink';

/** The resident at a glance, with what matters for how we deal with them. */
export function ResidentCard({
  resident,
  property,
  headingOrder = 2,
}: {
  resident: Resident;
  property: Property | null;
  headingOrder?: 2 | 3;
}) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`resident-${resident.id}`}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Title order={headingOrder} size="h4" id={`resident-${resident.id}`}>
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
        {resident.representativeName && (
          <Text size="sm">
            <strong>Representative:</strong> {resident.representativeName}
            {resident.representativeRelationship ? ` (${resident.representativeRelationship})` : ''}
            {resident.representativeContact ? `, ${resident.representativeContact}` : ''}.{' '}
            {resident.representativeConsent ? 'Consent given.' : 'No consent recorded: do not share details.'}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
