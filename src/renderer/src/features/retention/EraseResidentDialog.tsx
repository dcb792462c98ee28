// The confirmation before erasing: what goes, what stays, and the reason (recorded with the erasure).
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ErasureResult, RetentionDueResident } from '../../../../shared/contract/retention';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../ui/Feedback';

export function EraseResidentDialog({
  resident,
  onClose,
  onErased,
}: {
  resident: RetentionDueResident | null;
  onClose: () => void;
  onErased: (result: ErasureResult) => void;
}) {
  const api = useApi();
  const [reason, setReason] = useState('Retention period over');
  const [missing, setMissing] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function erase() {
    if (!resident) return;
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setWorking(true);
    setError(null);
    try {
      onErased(await api.call('resident.erase', { residentId: resident.residentId, reason: reason.trim() }));
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  }

  return (
    <Modal
      opened={resident !== null}
      onClose={onClose}
      size="lg"
      title={resident ? `Erase the personal data of ${resident.initials}?` : 'Erase personal data?'}
    >
      {resident && (
        <Stack gap="md">
          <Text>
            On {resident.cases.map((c) => c.reference).join(', ')}. This cannot be undone, here or on any
            other computer.
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>
              Erased: name, phone, email, address (unless someone else lives there), needs and adjustments,
              representative, case summaries, notes, calls, letters and attachments.
            </List.Item>
            <List.Item>
              Kept: case types, dates, decisions, outcomes, remedies and root causes, and who did what when.
            </List.Item>
          </List>
          <Alert color="yellow" variant="light" p="sm">
            Copies outside Redress (backups you downloaded, letters saved elsewhere) are not reached by this.
          </Alert>
          <Textarea
            label="Reason for erasing"
            description="Recorded with the erasure, for accountability"
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? 'Give the reason for erasing' : undefined}
            data-autofocus
          />
          {error !== null && <ErrorAlert title="Nothing was erased" error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button color="red" onClick={() => void erase()} loading={working}>
              Erase personal data
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
