// Every version of one standard paragraph, newest first: when, who and why, with Redress's own
// first version marked as such. Each row's full text opens under it.
import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { StandardParagraph } from '../../../../shared/contract/letterSetup';
import { formatDateTime } from '../../ui/format';

export function ParagraphHistory({ paragraph }: { paragraph: StandardParagraph }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label={`Versions of “${paragraph.label}”`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Version</Table.Th>
            <Table.Th w={170}>Saved</Table.Th>
            <Table.Th w={170}>By</Table.Th>
            <Table.Th>Why it changed</Table.Th>
            <Table.Th w={110}>
              <VisuallyHidden>Text</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paragraph.history.map((h, i) => (
            <Fragment key={`${h.version}-${h.createdAt ?? 'shipped'}-${i}`}>
              <Table.Tr>
                <Table.Td>
                  {h.version}
                  {i === 0 && (
                    <Badge ml={6} size="xs" variant="filled" color="teal.9">
                      Current
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{h.createdAt ? formatDateTime(h.createdAt) : '—'}</Table.Td>
                <Table.Td>
                  {h.shipped ? 'Redress’s original' : (h.createdBy ?? 'Someone not on this computer yet')}
                </Table.Td>
                <Table.Td>{h.note ?? (h.shipped ? 'The wording Redress comes with' : '—')}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-expanded={open === i}
                    aria-label={`${open === i ? 'Hide' : 'Show'} text of version ${h.version}`}
                    onClick={() => setOpen(open === i ? null : i)}
                  >
                    {open === i ? 'Hide text' : 'Show text'}
                  </Button>
                </Table.Td>
              </Table.Tr>
              {open === i && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {h.text}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
