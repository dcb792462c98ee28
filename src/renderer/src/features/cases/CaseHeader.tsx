// The top of a case page: its reference, what it is about, who it is for and what kind of case it
// is, each once. Where it stands (status and stage) is the first fact of the panel below.
import { Group, Stack, Text } from '@mantine/core';
import type { CaseDetail } from '../../../../shared/contract/types';
import { RouteLink } from '../../nav/RouteLink';
import { CaseTypeBadge } from '../../ui/Badges';
import { formatDateTime, truncate } from '../../ui/format';
import { PageTitle } from '../../ui/PageTitle';

/** The subject: the summary's first line, as a heading can carry it. */
function subjectOf(summary: string): string {
  return truncate(summary.split(/\r?\n/)[0] ?? '', 140);
}

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const c = detail.case;
  const resident = detail.resident;
  return (
    <Stack gap={6} data-testid="case-header">
      <PageTitle documentTitle={resident ? `${c.reference} — ${resident.name}` : c.reference}>
        {c.reference}
      </PageTitle>
      <Text size="lg" fw={500} data-testid="case-subject">
        {subjectOf(c.summary)}
      </Text>
      <Group gap="xs">
        <CaseTypeBadge type={c.type} />
        <Text size="sm">
          {resident ? (
            <>
              For{' '}
              <RouteLink to={{ name: 'resident', id: resident.id }} fw={600}>
                {resident.name}
              </RouteLink>
            </>
          ) : (
            'No resident linked'
          )}
        </Text>
        <Text size="sm" c="dimmed">
          · Opened {formatDateTime(c.createdAt)} by {c.createdByName}
        </Text>
      </Group>
    </Stack>
  );
}
