// "Mark N letters as posted": the letters just exported that are not yet marked, on the day they
// go in the post (today unless changed); recorded on each letter and so on its case.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { MarkedPosted } from '../../../../shared/contract/post';
import { useApi } from '../../api/ApiContext';
import { fieldErrorsFrom } from '../../api/errors';
import { DateField } from '../../ui/DateField';
import { todayIso } from '../../ui/dates';
import { ErrorAlert } from '../../ui/Feedback';
import { plural } from '../../ui/format';

export function MarkPostedButton({ ids, onMarked }: { ids: string[]; onMarked(m: MarkedPosted): void }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(todayIso());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const title = `Mark ${plural(ids.length, 'letter')} as posted`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const marked = await api.call('post.markPosted', { ids, on });
      setOpen(false);
      onMarked(marked);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = fieldErrorsFrom(error).on;
  return (
    <>
      <Button
        leftSection={<IconMailCheck size={18} aria-hidden />}
        onClick={() => setOpen(true)}
        disabled={!ids.length}
      >
        {title}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title}>
        <form onSubmit={submit} noValidate aria-label={title}>
          <Stack gap="md">
            <Text size="sm">
              Each letter’s case will show it was posted on this day. Letters already marked keep their day.
            </Text>
            <DateField label="Posted on" value={on} max={todayIso()} onChange={setOn} error={fieldError} />
            {error !== null && !fieldError && (
              <ErrorAlert title="They could not be marked as posted" error={error} />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                {title}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
