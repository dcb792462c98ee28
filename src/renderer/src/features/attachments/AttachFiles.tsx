// Choosing files to attach: a button that opens the file picker (the keyboard's way) and a drop
// zone with a visible label. Chosen files wait in a list where each gets a caption and the point
// it supports, then are attached one by one with progress; a refusal names the file and why.
import { Button, CloseButton, Group, Paper, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { attachmentTooLarge, fileSizeInWords } from '../../../../shared/attachments/fileTypes';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { useQuery } from '../../api/useQuery';
import { base64Of } from '../../ui/fileBytes';

export interface PointOption {
  value: string;
  label: string;
}

interface Chosen {
  key: string;
  file: File;
  caption: string;
  pointId: string | null;
  problem: string | null;
}

const ACCEPT = '.jpg,.jpeg,.png,.gif,.webp,.heic,.heif,.pdf,.doc,.docx,.xls,.xlsx,.odt,.msg,.eml,.txt,.csv';

export function AttachFiles({
  caseId,
  points,
  pointId,
  onAttached,
}: {
  caseId: string;
  points: PointOption[];
  /** Files chosen here support this point (a point's own list). */
  pointId?: string;
  onAttached: () => void;
}) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const limit = useQuery('attachments.limit', {});
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  function choose(files: FileList | null) {
    if (!files?.length) return;
    const maxBytes = limit.data?.maxBytes;
    const added = [...files].map((file, i) => ({
      key: `${Date.now()}-${i}-${file.name}`,
      file,
      caption: '',
      pointId: pointId ?? null,
      problem: maxBytes ? attachmentTooLarge(file.size, maxBytes) : null,
    }));
    setChosen((c) => [...c, ...added]);
  }

  const update = (key: string, change: Partial<Chosen>) =>
    setChosen((c) => c.map((x) => (x.key === key ? { ...x, ...change } : x)));

  async function attachAll() {
    const ready = chosen.filter((c) => !c.problem);
    setProgress({ done: 0, total: ready.length });
    let attached = 0;
    for (const c of ready) {
      try {
        await api.call('attachments.add', {
          caseId,
          pointId: c.pointId,
          fileName: c.file.name,
          mediaType: c.file.type || null,
          bytes: await base64Of(c.file),
          caption: c.caption || null,
        });
        attached++;
        setChosen((list) => list.filter((x) => x.key !== c.key));
      } catch (error) {
        update(c.key, { problem: messageOf(error) });
      }
      setProgress((p) => p && { ...p, done: p.done + 1 });
    }
    setProgress(null);
    if (attached) onAttached();
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files);
  }

  const ready = chosen.filter((c) => !c.problem).length;
  return (
    <Stack gap="sm">
      <Paper
        withBorder
        p="md"
        radius="md"
        bg={dragging ? 'blue.0' : undefined}
        style={{ borderStyle: 'dashed' }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="attachment-drop-zone"
      >
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed">
            Drop photos, letters, emails or reports here
            {limit.data ? ` (up to ${fileSizeInWords(limit.data.maxBytes)} each)` : ''}, or
          </Text>
          <Button
            variant="light"
            leftSection={<IconPaperclip size={16} aria-hidden />}
            onClick={() => input.current?.click()}
            disabled={progress !== null}
          >
            Choose files…
          </Button>
        </Group>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          aria-label="Files to attach"
          data-testid="attachment-file-input"
          onChange={(e) => {
            choose(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </Paper>

      {chosen.length > 0 && (
        <>
          <Stack
            gap="xs"
            component="ul"
            p={0}
            m={0}
            aria-label="Files to attach"
            style={{ listStyle: 'none' }}
          >
            {chosen.map((c) => (
              <Paper key={c.key} withBorder p="sm" radius="md" component="li">
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {c.file.name}{' '}
                      <Text span c="dimmed" size="sm">
                        ({fileSizeInWords(c.file.size)})
                      </Text>
                    </Text>
                    <CloseButton
                      aria-label={`Do not attach ${c.file.name}`}
                      onClick={() => setChosen((l) => l.filter((x) => x.key !== c.key))}
                      disabled={progress !== null}
                    />
                  </Group>
                  {c.problem ? (
                    <Text size="sm" c="red.9" role="alert">
                      {c.problem}
                    </Text>
                  ) : (
                    <Group grow align="flex-start" wrap="wrap">
                      <TextInput
                        label="Caption"
                        placeholder="What it shows, e.g. Bedroom wall, 3 March"
                        value={c.caption}
                        maxLength={200}
                        onChange={(e) => update(c.key, { caption: e.currentTarget.value })}
                      />
                      {!pointId && points.length > 0 && (
                        <Select
                          label="Point of complaint"
                          placeholder="The case as a whole"
                          data={points}
                          value={c.pointId}
                          clearable
                          onChange={(v) => update(c.key, { pointId: v })}
                        />
                      )}
                    </Group>
                  )}
                </Stack>
              </Paper>
            ))}
          </Stack>
          {ready > 0 && (
            <Group>
              <Button onClick={attachAll} loading={progress !== null}>
                {ready === 1 ? 'Attach 1 file' : `Attach ${ready} files`}
              </Button>
            </Group>
          )}
        </>
      )}
      {progress && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">
            Attaching {Math.min(progress.done + 1, progress.total)} of {progress.total}…
          </Text>
          <Progress value={(progress.done / Math.max(progress.total, 1)) * 100} aria-hidden />
        </Stack>
      )}
    </Stack>
  );
}
