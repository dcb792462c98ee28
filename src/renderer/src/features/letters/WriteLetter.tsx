// "Write a letter": a button for each letter type the case allows now (rarely more than two or
// three); choosing one starts a draft filled from the case and opens it. When none fits, the
// reason is shown instead.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import type { LetterTypeOption } from '../../../../shared/contract/letters';
import type { CaseDetail } from '../../../../shared/contract/types';
import type { LetterType } from '../../../../shared/letters/letterTypes';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import type { QueryState } from '../../api/useQuery';
import { navigate } from '../../nav/useRoute';

export function WriteLetter({
  caseId,
  detail,
  types,
}: {
  caseId: string;
  detail: CaseDetail;
  types: QueryState<LetterTypeOption[]>;
}) {
  const api = useApi();
  const [busy, setBusy] = useState<LetterType | null>(null);
  if (!types.data) return null;
  if (types.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {noLetterReason(detail)}
      </Text>
    );
  }

  async function draft(type: LetterType, label: string) {
    setBusy(type);
    try {
      const letter = await api.call('letters.draft', { caseId, type });
      navigate({ name: 'letter', id: letter.id });
    } catch (error) {
      notifications.show({
        color: 'red.9',
        title: `The ${label.toLowerCase()} was not started`,
        message: messageOf(error),
      });
      types.reload();
    } finally {
      setBusy(null);
    }
  }

  return (
    <Group gap="xs" role="group" aria-labelledby="write-a-letter">
      <Text size="sm" fw={600} id="write-a-letter">
        Write a letter:
      </Text>
      {types.data.map((t) => (
        <Button
          key={t.type}
          size="xs"
          variant="light"
          loading={busy === t.type}
          disabled={busy !== null && busy !== t.type}
          leftSection={<IconMail size={14} aria-hidden />}
          onClick={() => void draft(t.type, t.label)}
        >
          {t.label}
        </Button>
      ))}
    </Group>
  );
}

/** Why nothing is offered, in words an officer recognises. */
function noLetterReason(detail: CaseDetail): string {
  const c = detail.case;
  if (c.type !== 'complaint') return 'Letters are written for complaints. This case is not a complaint.';
  return 'No letter fits this complaint’s current step. Letters follow the Code’s steps: acknowledging, extending, responding and closing.';
}
