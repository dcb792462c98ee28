// "Write a letter": a menu of the letter types the case allows now; choosing one starts a draft
// filled from the case and opens it. When none fits, the button is replaced by the reason.
import { Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconMail } from '@tabler/icons-react';
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
  const [busy, setBusy] = useState(false);
  if (!types.data) return null;
  if (types.data.length === 0) {
    return (
      <Text size="sm" c="dimmed" maw={360} ta="right">
        {noLetterReason(detail)}
      </Text>
    );
  }

  async function draft(type: LetterType, label: string) {
    setBusy(true);
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
      setBusy(false);
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="sm"
          loading={busy}
          leftSection={<IconMail size={16} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
        >
          Write a letter
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label="Letter types">
        {types.data.map((t) => (
          <Menu.Item key={t.type} onClick={() => void draft(t.type, t.label)}>
            {t.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Why nothing is offered, in words an officer recognises. */
function noLetterReason(detail: CaseDetail): string {
  const c = detail.case;
  if (c.type !== 'complaint') return 'Letters are written for complaints. This case is not a complaint.';
  return 'No letter fits this complaint’s current step. Letters follow the Code’s steps: acknowledging, extending, responding and closing.';
}
