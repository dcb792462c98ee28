import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Resident } from '../../../../shared/contract/types';
import { CONTACT_METHOD_LABELS } from '../../../../shared/domain/vocabulary';
import { formatIsoDate } from '../../ui/dates';
import { Section } from '../../ui/Section';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="45%" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

const none = 'Not recorded';

export function ResidentDetails({ resident: r }: { resident: Resident }) {
  return (
    <Section title="Contact and needs" id="resident-details">
      <Table variant="vertical" withRowBorders={false} verticalSpacing={4} fz="sm">
        <Table.Tbody>
          <Row label="Phone">{r.phone ?? none}</Row>
          <Row label="Email">{r.email ?? none}</Row>
          <Row label="Prefers">
            {r.preferredContactMethod ? CONTACT_METHOD_LABELS[r.preferredContactMethod] : none}
            {r.preferredContactTimes ? `, ${r.preferredContactTimes}` : ''}
          </Row>
          <Row label="Vulnerable">{r.vulnerable ? 'Yes' : 'No'}</Row>
          <Row label="Reasonable adjustments">{r.reasonableAdjustments ?? 'None recorded'}</Row>
          <Row label="Support needs">{r.supportNeeds ?? 'None recorded'}</Row>
          <Row label="Representative">
            {r.representativeName
              ? `${r.representativeName}${r.representativeRelationship ? ` (${r.representativeRelationship})` : ''}${r.representativeContact ? `, ${r.representativeContact}` : ''}. ${r.representativeConsent ? (r.representativeConsentOn ? `Consent given ${formatIsoDate(r.representativeConsentOn)}.` : 'Consent given (date not recorded).') : 'No consent recorded.'}`
              : 'None'}
          </Row>
          <Row label="Letters">
            {r.largePrintPt ? `Large print (${r.largePrintPt} pt)` : 'Standard print'}
          </Row>
        </Table.Tbody>
      </Table>
    </Section>
  );
}
