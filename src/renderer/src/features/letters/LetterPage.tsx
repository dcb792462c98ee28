// One letter, on its own screen: its sections to write (each in a rich-text editor that saves
// itself), the Code's checklist beside them, a preview of the printed page, and issuing. An issued
// letter is read-only: a correction is a new letter.
import { Badge, Grid, Group, Stack, Tabs, Text } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
import type { Letter } from '../../../../shared/contract/letters';
import { useQuery } from '../../api/useQuery';
import { RouteLink } from '../../nav/RouteLink';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { PageTitle } from '../../ui/PageTitle';
import { Section } from '../../ui/Section';
import { Checklist } from './Checklist';
import { LetterActions } from './LetterActions';
import { IssuedNote } from './IssuedNote';
import { LetterPreview } from './LetterPreview';
import { SectionEditor } from './SectionEditor';
import type { SectionSaver } from './useSectionSave';
import classes from './letters.module.css';

export function LetterPage({ id }: { id: string }) {
  const query = useQuery('letters.get', { id });
  // The newest answer wins: a section's save, an issue, or the page's own load.
  const [latest, setLatest] = useState<{ over: Letter | undefined; letter: Letter; ticket: number } | null>(
    null,
  );
  const letter = latest && latest.over === query.data ? latest.letter : query.data;
  const [revision, setRevision] = useState(0);
  const [tab, setTab] = useState<string | null>('write');
  const savers = useRef(new Map<string, SectionSaver>());
  // A fresh load (after a refusal, or a sync) puts the stored text back in the editors.
  const [loadedData, setLoadedData] = useState(query.data);
  const [loaded, setLoaded] = useState(0);
  if (query.data !== loadedData) {
    setLoadedData(query.data);
    setLoaded((n) => n + 1);
  }

  const onSaved = useCallback(
    (next: Letter, ticket: number) => {
      setLatest((prev) =>
        prev && prev.over === query.data && prev.ticket > ticket
          ? prev
          : { over: query.data, letter: next, ticket },
      );
      setRevision((r) => r + 1);
    },
    [query.data],
  );
  const register = useCallback((name: string, saver: SectionSaver | null) => {
    if (saver) savers.current.set(name, saver);
    else savers.current.delete(name);
  }, []);
  const saveAll = useCallback(async () => {
    const results = await Promise.all([...savers.current.values()].map((s) => s.flush()));
    return results.every(Boolean);
  }, []);

  if (query.error) {
    return (
      <Stack>
        <ErrorAlert title="This letter could not be opened" error={query.error} onRetry={query.reload} />
        <RouteLink to={{ name: 'my-work' }}>Back to My work</RouteLink>
      </Stack>
    );
  }
  if (!letter) return <PageLoader label="Opening the letter…" />;

  const issued = letter.status === 'issued';
  const readOnly = letter.status !== 'draft';
  return (
    <Stack gap="md" maw={1280}>
      <Stack gap={6}>
        <RouteLink to={{ name: 'case', id: letter.caseId }} size="sm">
          ← Case {letter.reference}
        </RouteLink>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <PageTitle documentTitle={`${letter.label} · ${letter.reference}`}>{letter.label}</PageTitle>
            <Group gap="xs">
              <Badge color={issued ? 'teal.9' : 'gray.7'} variant={issued ? 'filled' : 'outline'} radius="sm">
                {issued ? 'Issued' : letter.status === 'draft' ? 'Draft' : 'Discarded'}
              </Badge>
              <Text size="sm" c="dimmed">
                To {letter.addressee.name || 'the resident'}
                {letter.copyTo ? `, copy to ${letter.copyTo}` : ''} · printed with {letter.templateName}
                {letter.largePrintPt ? ` · large print ${letter.largePrintPt} pt` : ''}
              </Text>
            </Group>
          </Stack>
          <LetterActions
            letter={letter}
            saveAll={saveAll}
            onIssued={(next) => {
              setLatest({ over: query.data, letter: next, ticket: Number.MAX_SAFE_INTEGER });
              setRevision((r) => r + 1);
            }}
            onOutOfDate={query.reload}
          />
        </Group>
      </Stack>

      {issued && <IssuedNote letter={letter} />}
      {letter.status === 'discarded' && (
        <Text c="dimmed">This draft was discarded. Start a new letter from the case page.</Text>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Tabs value={tab} onChange={setTab} keepMounted={false} aria-label="The letter">
            <Tabs.List mb="md">
              <Tabs.Tab value="write">{readOnly ? 'Text' : 'Write'}</Tabs.Tab>
              <Tabs.Tab value="preview">Preview</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write">
              <Section title="The letter’s sections" id="letter-sections" stack gap="lg">
                {letter.sections.length === 0 && (
                  <Text c="dimmed">
                    This letter has nothing to write: it is filled entirely from the case.
                  </Text>
                )}
                {letter.sections.map((s) => (
                  <SectionEditor
                    key={`${s.name}-${letter.status}-${loaded}`}
                    letterId={letter.id}
                    section={s}
                    readOnly={readOnly}
                    onSaved={onSaved}
                    register={register}
                  />
                ))}
              </Section>
            </Tabs.Panel>
            <Tabs.Panel value="preview" className={classes.previewPanel}>
              <LetterPreview letterId={letter.id} revision={revision} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <div className={classes.beside}>
            <Checklist check={letter} issued={issued} />
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
