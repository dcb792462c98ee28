import { Alert, Group, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { LogCallResult } from '../../../../shared/contract/types';
import { CASE_TYPE_LABELS } from '../../../../shared/domain/vocabulary';
import { formatDateTime } from '../../ui/format';
import { RouteLink } from '../../nav/RouteLink';

/** What happened to the last call: stays on screen (notifications vanish) so the link is reachable. */
export function LastLoggedAlert({ result }: { result: LogCallResult }) {
  const who = result.contact.residentName ?? 'an unnamed caller';
  const caseId = result.case?.id ?? result.contact.caseId;
  const reference = result.case?.reference ?? result.contact.caseReference;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck aria-hidden />}
      title="Call saved"
      role="status"
    >
      <Group gap="xs">
        <Text size="sm">
          Call {result.contact.direction === 'outbound' ? 'to' : 'from'} {who} logged at{' '}
          {formatDateTime(result.contact.occurredAt)}.{' '}
          {result.case ? (
            <>
              Opened {CASE_TYPE_LABELS[result.case.type].toLowerCase()} case{' '}
              <strong>{result.case.reference}</strong>.
            </>
          ) : reference ? (
            <>
              Added to case <strong>{reference}</strong>.
            </>
          ) : (
            'No case opened.'
          )}
        </Text>
        {caseId && reference && (
          <RouteLink to={{ name: 'case', id: caseId }} size="sm" fw={600}>
            Open case {reference}
          </RouteLink>
        )}
      </Group>
    </Alert>
  );
}
