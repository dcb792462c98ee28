// A group complaint (a petition): several residents, one nominated contact (the case's own
// resident) and one response, sent to all of them through that contact.
import { Button, List, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import type { CaseDetail } from '../../../../shared/contract/types';
import { RouteLink } from '../../nav/RouteLink';
import { Subsection } from '../../ui/Section';

export function GroupComplaint({
  detail,
  editable,
  onAdd,
}: {
  detail: CaseDetail;
  editable: boolean;
  onAdd: () => void;
}) {
  const { residentId, residentName } = detail.case;
  const { isGroup, parties } = detail.complaint;
  return (
    <Subsection
      title="Group complaint"
      id="group-complaint"
      actions={
        editable && (
          <Button
            size="compact-md"
            variant="light"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={onAdd}
          >
            Add a resident to this complaint
          </Button>
        )
      }
    >
      <Text size="sm">
        <Text span fw={600}>
          Nominated contact:
        </Text>{' '}
        {residentId && residentName ? (
          <RouteLink to={{ name: 'resident', id: residentId }} size="sm">
            {residentName}
          </RouteLink>
        ) : (
          <Text span size="sm" c="dimmed">
            No resident recorded on this case
          </Text>
        )}
      </Text>
      {parties.length > 0 ? (
        <div>
          <Text size="sm" fw={600} id="group-complaint-others">
            Also complaining ({parties.length})
          </Text>
          <List size="sm" mt={4} aria-labelledby="group-complaint-others">
            {parties.map((p) => (
              <List.Item key={p.id}>
                <RouteLink to={{ name: 'resident', id: p.residentId }} size="sm">
                  {p.residentName}
                </RouteLink>
              </List.Item>
            ))}
          </List>
        </div>
      ) : (
        <Text size="sm" c="dimmed">
          {isGroup ? 'No other residents recorded yet.' : 'Only the nominated contact is complaining.'}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        When several residents complain together, one response goes to all of them through the nominated
        contact.
      </Text>
    </Subsection>
  );
}
