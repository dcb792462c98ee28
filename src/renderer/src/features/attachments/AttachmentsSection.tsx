// The case page's Attachments section, and a point's own files for the investigation workspace.
import { Stack, Text } from '@mantine/core';
import type { ComplaintPoint } from '../../../../shared/contract/types';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert } from '../../ui/Feedback';
import { Section } from '../../ui/Section';
import { useReloadOnSync } from '../sync';
import { AttachFiles, type PointOption } from './AttachFiles';
import { AttachmentRow } from './AttachmentRow';

function pointOptions(points: readonly ComplaintPoint[]): PointOption[] {
  return points.map((p, i) => ({
    value: p.id,
    label: `Point ${i + 1}: ${p.point.length > 60 ? `${p.point.slice(0, 59)}…` : p.point}`,
  }));
}

function AttachmentList({
  caseId,
  pointId,
  points,
  editable,
}: {
  caseId: string;
  pointId?: string;
  points: PointOption[];
  editable: boolean;
}) {
  const list = useQuery('attachments.list', pointId ? { caseId, pointId } : { caseId });
  useReloadOnSync(list.reload);
  const labels = new Map(points.map((p) => [p.value, p.label.replace(/:.*/, '')]));
  return (
    <Stack gap="md">
      {list.error ? (
        <ErrorAlert title="The attachments could not be listed" error={list.error} onRetry={list.reload} />
      ) : null}
      {list.data && list.data.length === 0 && (
        <Text c="dimmed" size="sm">
          {pointId ? 'No files support this point yet.' : 'No files are attached to this case yet.'}
        </Text>
      )}
      {list.data && list.data.length > 0 && (
        <Stack component="ul" gap="md" p={0} m={0} aria-label="Attached files" style={{ listStyle: 'none' }}>
          {list.data.map((a) => (
            <AttachmentRow
              key={a.id}
              attachment={a}
              pointLabel={!pointId && a.pointId ? (labels.get(a.pointId) ?? null) : null}
              onChanged={list.reload}
              canRemove={editable}
            />
          ))}
        </Stack>
      )}
      {editable && <AttachFiles caseId={caseId} pointId={pointId} points={points} onAttached={list.reload} />}
    </Stack>
  );
}

/** Every file on a case: photos, letters, emails and reports, with a picker and a drop zone. */
export function AttachmentsSection({
  caseId,
  points = [],
  editable = true,
}: {
  caseId: string;
  points?: readonly ComplaintPoint[];
  editable?: boolean;
}) {
  return (
    <Section title="Attachments" id="case-attachments" gap="md">
      <AttachmentList caseId={caseId} points={pointOptions(points)} editable={editable} />
    </Section>
  );
}

/** The files supporting one point of complaint (for the investigation workspace). */
export function PointAttachments({
  caseId,
  pointId,
  editable = true,
}: {
  caseId: string;
  pointId: string;
  editable?: boolean;
}) {
  return <AttachmentList caseId={caseId} pointId={pointId} points={[]} editable={editable} />;
}
