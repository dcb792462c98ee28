import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useModKey } from '../ui/useModKey';
import { shortcutHelp } from './shortcuts';

export function ShortcutsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const modKey = useModKey();
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg">
      <Table verticalSpacing="xs" aria-label="Keyboard shortcuts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Keys</Table.Th>
            <Table.Th scope="col">What it does</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shortcutHelp(modKey).map((s) => (
            <Table.Tr key={s.does}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {s.keys.map((chord, i) => (
                    <Fragment key={chord.join('+')}>
                      {i > 0 && (
                        <Text span size="sm" c="dimmed">
                          or
                        </Text>
                      )}
                      {chord.map((k, j) => (
                        <Fragment key={k}>
                          {j > 0 && (
                            <Text span size="sm">
                              +
                            </Text>
                          )}
                          <Kbd>{k}</Kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{s.does}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        Shortcuts with {modKey} or Alt work anywhere, even while typing. <Kbd>/</Kbd> and <Kbd>?</Kbd> work
        when you are not in a text box.
      </Text>
    </Modal>
  );
}
