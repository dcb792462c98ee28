// One point of complaint under investigation: what was found, the basis relied on, the evidence
// linked to it, and the decision with its reasons (recorded on the point itself, under Points of
// complaint). Findings can be edited until the stage's response is issued.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { PointInvestigation } from '../../../../shared/contract/investigationTypes';
import { POINT_DECISION_LABELS } from '../../../../shared/domain/vocabulary';
import { PointEvidence } from './PointEvidence';

function Labelled({ label, children }: { label: string; children: string | null }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {children ?? (
        <Text span c="dimmed" size="sm">
          Not recorded yet
        </Text>
      )}
    </Text>
  );
}

export function PointInvestigationCard({
  point,
  number,
  onEditFindings,
}: {
  point: PointInvestigation;
  number: number;
  onEditFindings: () => void;
}) {
  const headingId = `investigation-point-${point.id}`;
  const recorded = Boolean(point.findings || point.basis);
  return (
    <Paper withBorder radius="sm" p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Title order={4} size="h6" id={headingId}>
              Point {number}
            </Title>
            {point.decision ? (
              <Badge color="gray.7" variant="outline" radius="sm">
                {POINT_DECISION_LABELS[point.decision]}
              </Badge>
            ) : (
              <Badge variant="outline" color="orange.9" radius="sm">
                No decision yet
              </Badge>
            )}
          </Group>
          {!point.frozen && (
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEditFindings}
              aria-label={`${recorded ? 'Edit' : 'Record'} findings on point ${number}`}
            >
              {recorded ? 'Edit findings' : 'Record findings'}
            </Button>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          “{point.point}”
        </Text>
        <Labelled label="Findings">{point.findings}</Labelled>
        <Labelled label="Basis">{point.basis}</Labelled>
        {point.decision && <Labelled label="Reasons for the decision">{point.reasons}</Labelled>}
        {point.frozen && (
          <Text size="sm" c="dimmed">
            {point.frozen}
          </Text>
        )}
        <Text size="sm" fw={600} mt={4}>
          Evidence
        </Text>
        <PointEvidence point={point} number={number} />
      </Stack>
    </Paper>
  );
}
