// Everyone this store knows, active first: their contact details, team, and what can be done.
import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Colleague } from '../../../../shared/contract';
import { ROLE_LABELS } from '../../../../shared/domain/vocabulary';

export function PeopleTable({
  people,
  meId,
  busyId,
  onEdit,
  onSetActive,
}: {
  people: Colleague[];
  meId: string;
  busyId: string | null;
  onEdit: (c: Colleague) => void;
  onSetActive: (c: Colleague, active: boolean) => void;
}) {
  const sorted = [...people].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name),
  );
  const dash = (
    <Text span c="dimmed" size="sm" aria-label="not recorded">
      —
    </Text>
  );
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="xs" highlightOnHover aria-label="Colleagues">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Initials</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Team</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Phone</Table.Th>
            <Table.Th scope="col">Active</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((c) => (
            <Table.Tr key={c.id} c={c.active ? undefined : 'dimmed'}>
              <Table.Th scope="row" fw={600}>
                {c.name}
                {c.id === meId ? ' (you)' : ''}
              </Table.Th>
              <Table.Td>{c.initials}</Table.Td>
              <Table.Td>{ROLE_LABELS[c.role]}</Table.Td>
              <Table.Td>{c.team ?? dash}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{c.email ?? dash}</Table.Td>
              <Table.Td>{c.phone ?? dash}</Table.Td>
              <Table.Td>
                {c.active ? (
                  <Badge color="teal.9" variant="filled" radius="sm">
                    Active
                  </Badge>
                ) : (
                  <Badge color="gray.7" variant="outline" radius="sm">
                    Deactivated
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => onEdit(c)}
                    aria-label={`Edit ${c.name}`}
                  >
                    Edit
                  </Button>
                  {c.id !== meId && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color={c.active ? 'red.9' : 'teal.9'}
                      c={c.active ? 'red.9' : 'teal.9'}
                      loading={busyId === c.id}
                      onClick={() => onSetActive(c, !c.active)}
                      aria-label={`${c.active ? 'Deactivate' : 'Reactivate'} ${c.name}`}
                    >
                      {c.active ? 'Deactivate' : 'Reactivate'}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
