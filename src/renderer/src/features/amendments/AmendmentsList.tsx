// The amendments made to this case's issued responses: what changed from what to what, why, who
// and when. The original wording stays visible here (and in the history) beside the correction.
import { Paper, Stack, Text } from '@mantine/core';
import { AMENDED_FIELD_LABELS, amendedValueText } from '../../../../shared/complaints/amendments';
import type { Amendment, CaseDetail } from '../../../../shared/contract';
import { useQuery } from '../../api/useQuery';
import { formatDateTime } from '../../ui/format';
import { Section } from '../../ui/Section';

function recordName(a: Amendment, detail: CaseDetail): string {
  if (a.recordKind === 'remedy') return 'A remedy';
  const i = detail.complaint.points.findIndex((p) => p.id === a.recordId);
  return i >= 0 ? `Point ${i + 1}` : 'A point of complaint';
}

function Amendments({ detail }: { detail: CaseDetail }) {
  const amendments = useQuery('amendments.list', { caseId: detail.case.id });
  const list = amendments.data ?? [];
  if (list.length === 0) return null;
  return (
    <Section title="Amendments" id="case-amendments" gap="sm" stack>
      <Text size="sm" c="dimmed">
        Corrections to responses already issued. The original is kept beside each one.
      </Text>
      <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {list.map((a) => {
          const label = AMENDED_FIELD_LABELS[a.field as keyof typeof AMENDED_FIELD_LABELS] ?? a.field;
          return (
            <Paper key={a.id} component="li" withBorder radius="sm" p="sm">
              <Text fw={600}>
                {recordName(a, detail)} (stage {a.stage}): {label.toLowerCase()} amended
              </Text>
              <Text size="sm">
                <Text span fw={600}>
                  As issued:
                </Text>{' '}
                <Text span style={{ whiteSpace: 'pre-wrap' }}>
                  {amendedValueText(a.field, a.oldValue)}
                </Text>
              </Text>
              <Text size="sm">
                <Text span fw={600}>
                  Amended to:
                </Text>{' '}
                <Text span style={{ whiteSpace: 'pre-wrap' }}>
                  {amendedValueText(a.field, a.newValue)}
                </Text>
              </Text>
              <Text size="sm">
                <Text span fw={600}>
                  Why:
                </Text>{' '}
                <Text span style={{ whiteSpace: 'pre-wrap' }}>
                  {a.reason}
                </Text>
              </Text>
              <Text size="xs" c="dimmed">
                {a.createdByName}, {formatDateTime(a.createdAt)}
              </Text>
            </Paper>
          );
        })}
      </Stack>
    </Section>
  );
}

/** Reloaded whenever the case changes (an amendment changes the case's history). */
export function AmendmentsList({ detail }: { detail: CaseDetail }) {
  return <Amendments key={`${detail.history.length}:${detail.history[0]?.hlc ?? ''}`} detail={detail} />;
}
