import { Button, Group, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CaseRow } from '../../../../shared/contract/types';
import { CASE_TYPE_LABELS, CASE_TYPES, type CaseType } from '../../../../shared/domain/vocabulary';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { withArticle } from '../../ui/format';

const TYPE_OPTIONS = CASE_TYPES.map((t) => ({ value: t, label: CASE_TYPE_LABELS[t] }));

/** Triage (change the type) and close or reopen. */
export function CaseActions({ row, onChanged }: { row: CaseRow; onChanged: () => void }) {
  const api = useApi();
  const [type, setType] = useState<CaseType>(row.type);
  const [busy, setBusy] = useState<'type' | 'status' | null>(null);

  async function update(
    which: 'type' | 'status',
    changes: { type?: CaseType; status?: CaseRow['status'] },
    done: string,
  ) {
    setBusy(which);
    try {
      await api.call('cases.update', { id: row.id, changes });
      notifications.show({ color: 'teal.9', message: done });
      onChanged();
    } catch (error) {
      notifications.show({ color: 'red.8', title: 'Not changed', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Group align="flex-end" gap="sm">
      <Select
        label="Case type"
        data={TYPE_OPTIONS}
        value={type}
        onChange={(v) => v && setType(v as CaseType)}
        allowDeselect={false}
        w={220}
      />
      <Button
        variant="default"
        disabled={type === row.type}
        loading={busy === 'type'}
        onClick={() =>
          update(
            'type',
            { type },
            `${row.reference} is now ${withArticle(CASE_TYPE_LABELS[type].toLowerCase())}.`,
          )
        }
      >
        Change type
      </Button>
      {row.status === 'open' ? (
        <Button
          variant="outline"
          color="dark"
          loading={busy === 'status'}
          onClick={() => update('status', { status: 'closed' }, `${row.reference} closed.`)}
        >
          Close case
        </Button>
      ) : (
        <Button
          variant="outline"
          loading={busy === 'status'}
          onClick={() => update('status', { status: 'open' }, `${row.reference} reopened.`)}
        >
          Reopen case
        </Button>
      )}
    </Group>
  );
}
