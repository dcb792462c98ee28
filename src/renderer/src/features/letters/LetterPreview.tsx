// The letter as it will print: the real DOCX the main side builds from the draft (or the issued
// file itself), drawn page by page. Drawn again whenever a section has been saved since.
import { Box, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../ui/Feedback';
import { renderDocx } from './docxPreview';
import classes from './letters.module.css';

type Drawn = { key: string } & ({ kind: 'shown' } | { kind: 'failed'; error: unknown });

export function LetterPreview({ letterId, revision }: { letterId: string; revision: number }) {
  const api = useApi();
  const body = useRef<HTMLDivElement>(null);
  const styles = useRef<HTMLDivElement>(null);
  const [retry, setRetry] = useState(0);
  const key = `${letterId}:${revision}:${retry}`;
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const state = drawn?.key === key ? drawn : { kind: 'loading' as const };

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const file = await api.call('letters.preview', { id: letterId });
        if (!live || !body.current || !styles.current) return;
        await renderDocx(file.bytes, body.current, styles.current);
        if (live) setDrawn({ key, kind: 'shown' });
      } catch (error) {
        if (live) setDrawn({ key, kind: 'failed', error });
      }
    })();
    return () => {
      live = false;
    };
  }, [api, letterId, key]);

  return (
    <Stack gap="xs">
      {state.kind === 'loading' && (
        <Text size="sm" c="dimmed" role="status">
          <Loader size="xs" aria-hidden mr={6} />
          Drawing the letter…
        </Text>
      )}
      {state.kind === 'failed' && (
        <ErrorAlert
          title="The preview could not be drawn"
          error={state.error}
          onRetry={() => setRetry((n) => n + 1)}
        />
      )}
      <div ref={styles} hidden />
      <Box
        ref={body}
        component="section"
        aria-label="The letter as it will print"
        tabIndex={0}
        data-letter-preview
        className={classes.preview}
        hidden={state.kind === 'failed'}
      />
    </Stack>
  );
}
