import { Button, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import type { CaseRow } from '../../../../shared/contract/types';
import { CASE_TYPE_LABELS, CASE_TYPES, type CaseType } from '../../../../shared/domain/vocabulary';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { todayIso } from '../../ui/dates';
import { withArticle } from '../../ui/format';
import { type OnCaseSaved } from '../complaint';

const TYPE_OPTIONS = CASE_TYPES.map((t) => ({ value: t, label: CASE_TYPE_LABELS[t] }));

/**
 * Triage: change what kind of case this is (the lifecycle's `triage` step). Closing, reopening
 * and every other step are in the case's "Next steps", also through `cases.command`.
 */
export function CaseActions({
  row,
  canTriage,
  onSaved,
}: {
  row: CaseRow;
  /** Whether the lifecycle allows re-classifying the case now. */
  canTriage: boolean;
  onSaved: OnCaseSaved;
}) {
  const api = useApi();
  const [type, setType] = useState<CaseType>(row.type);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!canTriage) {
    return (
      <Text size="sm">
        This case is {withArticle(CASE_TYPE_LABELS[row.type].toLowerCase())}.{' '}
        {row.status === 'closed'
          ? 'Its type cannot change now it is closed.'
          : 'Its type cannot change once the complaint is acknowledged.'}
      </Text>
    );
  }

  async function change() {
    setBusy(true);
    setError(null);
    try {
      const detail = await api.call('cases.command', {
        id: row.id,
        command: { kind: 'triage', type, on: todayIso() },
      });
      onSaved(detail, `${row.reference} is now ${withArticle(CASE_TYPE_LABELS[type].toLowerCase())}.`);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group align="flex-start" gap="sm">
      <Select
        label="Case type"
        data={TYPE_OPTIONS}
        value={type}
        onChange={(v) => {
          if (v) setType(v as CaseType);
          setError(null);
        }}
        allowDeselect={false}
        error={error}
        w={220}
        description={
          type === 'complaint' && row.type !== 'complaint'
            ? 'The Code’s clock starts today; correct the date received afterwards if it was earlier.'
            : undefined
        }
      />
      <Button
        variant="default"
        disabled={type === row.type}
        loading={busy}
        onClick={() => void change()}
        mt={25}
      >
        Change type
      </Button>
    </Group>
  );
}
