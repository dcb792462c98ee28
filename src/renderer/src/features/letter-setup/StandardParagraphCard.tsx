// One standard paragraph: the wording letters carry now, Edit (the new wording and why it
// changed: saved as a new version) and its history of versions.
import { Badge, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconHistory, IconPencil } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import type { StandardParagraph } from '../../../../shared/contract/letterSetup';
import { PARAGRAPH_MAX_CHARS } from '../../../../shared/letters/paragraphs';
import { useApi } from '../../api/ApiContext';
import { formatDate, plural } from '../../ui/format';
import { FormAlert } from '../../ui/FormAlert';
import { ParagraphHistory } from './ParagraphHistory';
import { useSave } from '../../ui/useSave';

function versionLine(p: StandardParagraph): string {
  const c = p.current;
  if (c.shipped) return `Version ${c.version} · Redress’s original`;
  const who = c.createdBy ?? 'someone not on this computer yet';
  return `Version ${c.version} · ${c.createdAt ? formatDate(c.createdAt) : ''} by ${who}`;
}

function EditParagraph({
  paragraph,
  onDone,
}: {
  paragraph: StandardParagraph;
  onDone: (saved: StandardParagraph | null) => void;
}) {
  const api = useApi();
  const [text, setText] = useState(paragraph.current.text);
  const [note, setNote] = useState('');
  const { busy, errors, run } = useSave(['text', 'note']);
  const unchanged = text.trim() === paragraph.current.text;

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      () => api.call('paragraphs.save', { key: paragraph.key, text, note }),
      `“${paragraph.label}” saved as a new version.`,
      onDone,
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit “${paragraph.label}”`}>
      <Stack gap="sm">
        <FormAlert message={errors.form} />
        <Textarea
          label="Wording"
          description={`Letters drafted from now on use this (up to ${PARAGRAPH_MAX_CHARS.toLocaleString('en-GB')} characters). Letters already issued keep the version they used.`}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.fields.text}
          autosize
          minRows={4}
          maxRows={16}
          required
          data-autofocus
        />
        <TextInput
          label="Why it changed"
          description="For the history, e.g. “The Ombudsman’s new address”."
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.fields.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={unchanged}>
            Save as a new version
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function StandardParagraphCard({
  paragraph,
  onSaved,
}: {
  paragraph: StandardParagraph;
  onSaved: (p: StandardParagraph) => void;
}) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const versions = paragraph.history.length;

  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={4} size="h5" id={headingId}>
              {paragraph.label}
            </Title>
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                {versionLine(paragraph)}
              </Text>
              {paragraph.current.shipped && (
                <Badge size="xs" variant="light" color="gray">
                  Not edited
                </Badge>
              )}
            </Group>
          </Stack>
          {!editing && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPencil size={14} aria-hidden />}
              aria-label={`Edit “${paragraph.label}”`}
              onClick={() => setEditing(true)}
            >
              Edit
            </Button>
          )}
        </Group>
        {editing ? (
          <EditParagraph
            paragraph={paragraph}
            onDone={(saved) => {
              setEditing(false);
              if (saved) onSaved(saved);
            }}
          />
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {paragraph.current.text}
          </Text>
        )}
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconHistory size={14} aria-hidden />}
            aria-expanded={showHistory}
            onClick={() => setShowHistory((s) => !s)}
          >
            {showHistory ? 'Hide history' : `History (${plural(versions, 'version')})`}
          </Button>
        </Group>
        {showHistory && <ParagraphHistory paragraph={paragraph} />}
      </Stack>
    </Paper>
  );
}
