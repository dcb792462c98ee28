// The post run (managers): the issued letters going by post for a range of issue dates (today's
// by default), exported into one folder to print and post — every letter as issued, one PDF of
// them all, the address manifest and labels — then marked posted on their cases.
import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { MarkedPosted } from '../../../../shared/contract/post';
import { folderPicker } from '../../api/transport';
import { fieldErrorsFrom } from '../../api/errors';
import { useQuery } from '../../api/useQuery';
import { DateField } from '../../ui/DateField';
import { formatIsoDate, todayIso } from '../../ui/dates';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { plural } from '../../ui/format';
import { PageTitle } from '../../ui/PageTitle';
import { useReloadOnSync } from '../sync';
import { ExportProgressView } from './ExportProgressView';
import { ExportResultView } from './ExportResultView';
import { MarkPostedButton } from './MarkPostedButton';
import { PostLettersTable } from './PostLettersTable';
import { usePostExport } from './usePostExport';

export function PostPage() {
  const today = todayIso();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [unposted, setUnposted] = useState(true);
  const [marked, setMarked] = useState<MarkedPosted | null>(null);
  const pickFolder = folderPicker();
  const exporter = usePostExport();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const { data, error, loading, reload } = useQuery(
    'post.list',
    { from, to, show: unposted ? 'unposted' : 'all' },
    { enabled: valid },
  );
  useReloadOnSync(reload);
  const rangeErrors = fieldErrorsFrom(error);
  const running = exporter.busy && exporter.progress?.state !== 'finished';
  const result = exporter.progress?.state === 'finished' ? exporter.progress.result : null;
  const ended =
    exporter.progress && exporter.progress.state !== 'running' && exporter.progress.state !== 'finished';

  // The exported letters still to mark: those the list shows as not yet posted.
  const toMark = useMemo(() => {
    if (!result) return [];
    const notPosted = new Set((data?.letters ?? []).filter((l) => !l.postedOn).map((l) => l.id));
    return result.letterIds.filter((id) => notPosted.has(id));
  }, [result, data]);

  const exportNow = async () => {
    setMarked(null);
    let folder: string | null = null;
    if (pickFolder) {
      folder = await pickFolder('Choose where to put the post run’s folder');
      if (!folder) return;
    }
    await exporter.start({ from, to, unposted, folder, newFolderInside: folder !== null });
    reload();
  };

  const dates = from === to ? formatIsoDate(from) : `${formatIsoDate(from)} to ${formatIsoDate(to)}`;
  const caption = data
    ? `${plural(data.counts.total, 'letter')} to go by post issued ${dates}: ${data.counts.unposted} not yet posted, ${data.counts.posted} posted.`
    : '';

  return (
    <Stack gap="lg" maw={1200}>
      <PageTitle documentTitle="Post">Post</PageTitle>
      <Text c="dimmed" maw={760}>
        Letters issued to residents who want them by post. Export them into one folder — each letter as
        issued, one PDF of them all to print, an address list and address labels — then mark them as posted.
      </Text>
      <Group align="flex-end" gap="md">
        <DateField
          label="Issued from"
          value={from}
          max={today}
          onChange={(next) => {
            setFrom(next);
            exporter.clear();
          }}
          error={rangeErrors.from}
        />
        <DateField
          label="Issued to"
          value={to}
          max={today}
          onChange={(next) => {
            setTo(next);
            exporter.clear();
          }}
          error={rangeErrors.to}
        />
        <Checkbox
          label="Only letters not yet posted"
          checked={unposted}
          onChange={(e) => {
            setUnposted(e.currentTarget.checked);
            exporter.clear();
          }}
          mb={8}
        />
      </Group>
      {error && !data && Object.keys(rangeErrors).length === 0 ? (
        <ErrorAlert title="The letters to post could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        valid && <PageLoader label="Loading the letters to post…" />
      ) : (
        <>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                Export for printing
              </Title>
              <Text size="sm" c="dimmed">
                {pickFolder
                  ? 'You choose a folder; Redress makes a new “Post …” folder inside it.'
                  : 'This window cannot choose a folder, so the files go into a new folder in Redress’s data folder (its “exports” folder); download them from here.'}
              </Text>
              <Group>
                <Button
                  leftSection={<IconFileExport size={18} aria-hidden />}
                  onClick={() => void exportNow()}
                  disabled={data.letters.length === 0 || running}
                >
                  Export {plural(data.letters.length, 'letter')}
                </Button>
              </Group>
              {running && (
                <ExportProgressView
                  progress={exporter.progress}
                  cancelling={exporter.cancelling}
                  onCancel={() => void exporter.cancel()}
                />
              )}
              {exporter.error !== null && (
                <ErrorAlert title="The letters could not be exported" error={exporter.error} />
              )}
              {ended && (
                <Alert
                  color={exporter.progress!.state === 'cancelled' ? 'gray' : 'red'}
                  variant="light"
                  role="alert"
                >
                  {exporter.progress!.message}
                </Alert>
              )}
              {result && <ExportResultView exportId={exporter.progress!.exportId} result={result} />}
              {result && toMark.length > 0 && (
                <Group>
                  <MarkPostedButton
                    ids={toMark}
                    onMarked={(m) => {
                      setMarked(m);
                      reload();
                    }}
                  />
                </Group>
              )}
              {marked && (
                <Alert color="green" variant="light" role="status">
                  Marked {plural(marked.marked, 'letter')} as posted on {formatIsoDate(marked.postedOn)}.
                  {marked.alreadyPosted > 0 &&
                    ` ${plural(marked.alreadyPosted, 'letter')} had already been marked.`}
                </Alert>
              )}
            </Stack>
          </Paper>
          {data.letters.length > 0 ? (
            <PostLettersTable letters={data.letters} loading={loading} caption={caption} />
          ) : (
            <Text c="dimmed" role="status">
              {caption}{' '}
              {unposted && data.counts.posted > 0
                ? 'Every one of them has been marked as posted.'
                : 'There are no letters to post for these dates.'}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
