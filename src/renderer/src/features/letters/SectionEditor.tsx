// One section of a letter in a rich-text editor (Mantine's tiptap integration): bold, italic and
// bullet points only, since that is all a letter section stores. It saves itself after a pause and
// when the officer leaves it, and says whether the text is saved.
import '@mantine/tiptap/styles.css';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useEditor } from '@tiptap/react';
import { useEffect, useId } from 'react';
import type { Letter } from '../../../../shared/contract/letters';
import { isBlank } from '../../../../shared/letters/richText';
import { getStyleNonce } from '../../styleNonce';
import { EDITOR_EXTENSIONS } from './editorExtensions';
import { docFromRichText, richTextFromDoc, type DocNode } from './richTextDoc';
import { useSectionSave, type SaveState, type SectionSaver } from './useSectionSave';

type LetterSection = Letter['sections'][number];

export function SectionEditor({
  letterId,
  section,
  readOnly,
  onSaved,
  register,
}: {
  letterId: string;
  section: LetterSection;
  readOnly: boolean;
  onSaved: (letter: Letter, ticket: number) => void;
  /** Lets the page save every section at once (before issuing). */
  register: (name: string, saver: SectionSaver | null) => void;
}) {
  const headingId = useId();
  const saver = useSectionSave(letterId, section.name, section.text, onSaved);
  const { changed, flush } = saver;
  const editor = useEditor({
    extensions: EDITOR_EXTENSIONS,
    content: docFromRichText(section.text),
    editable: !readOnly,
    // tiptap's few base rules go in a <style> that must carry the page's nonce (the page's policy).
    injectNonce: getStyleNonce(),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': headingId,
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
      },
    },
    onUpdate: ({ editor: e }) => changed(richTextFromDoc(e.getJSON() as DocNode)),
    onBlur: () => void flush(),
  });

  useEffect(() => {
    register(section.name, saver);
    return () => register(section.name, null);
  }, [register, section.name, saver]);

  return (
    <Stack gap={6} component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline">
        <Title order={3} size="h5" id={headingId}>
          {section.label}
        </Title>
        {!readOnly && <SaveStatus state={saver.state} />}
      </Group>
      {readOnly && isBlank(section.text) ? (
        <Text size="sm" c="dimmed">
          Nothing was written in this section.
        </Text>
      ) : (
        <RichTextEditor
          editor={editor}
          labels={{
            boldControlLabel: `Bold (${section.label})`,
            italicControlLabel: `Italic (${section.label})`,
            bulletListControlLabel: `Bullet points (${section.label})`,
          }}
        >
          {!readOnly && (
            <RichTextEditor.Toolbar aria-label={`Formatting: ${section.label}`}>
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.Bold />
                <RichTextEditor.Italic />
                <RichTextEditor.BulletList />
              </RichTextEditor.ControlsGroup>
            </RichTextEditor.Toolbar>
          )}
          <RichTextEditor.Content mih={readOnly ? undefined : 72} />
        </RichTextEditor>
      )}
      {saver.state.kind === 'failed' && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          title={`“${section.label}” is not saved`}
        >
          <Stack gap="xs">
            <Text size="sm">
              {saver.state.message} Your text is still here: it will be saved when you type again, or now with
              Try again.
            </Text>
            <Group>
              <Button size="xs" variant="outline" color="red.9" onClick={() => void flush()}>
                Try again
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const words =
    state.kind === 'saving' || state.kind === 'waiting'
      ? 'Saving…'
      : state.kind === 'saved'
        ? 'Saved'
        : state.kind === 'failed'
          ? 'Not saved'
          : '';
  return (
    <Text size="sm" c={state.kind === 'failed' ? 'red.9' : 'dimmed'} role="status" aria-live="polite">
      {state.kind === 'saved' && <IconCheck size={14} aria-hidden style={{ verticalAlign: 'middle' }} />}{' '}
      {words}
    </Text>
  );
}
