// Settings → Dates and language: how this computer writes dates (shown on every screen and typed
// into every date box). This computer's own choice: it does not change the other laptops.
import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import {
  APP_LOCALES,
  LOCALE_LABELS,
  TYPED_DATE_HINT,
  type AppLocale,
} from '../../../../shared/domain/locale';
import { messageOf } from '../../api/errors';
import { useLocale } from '../../ui/locale';
import { Section } from '../../ui/Section';

export function DatesAndLanguageSection() {
  const { locale, change, justChanged } = useLocale();
  const [choice, setChoice] = useState<AppLocale>(locale);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);

  // Every screen is drawn again in the new format after a change: put focus back where it was.
  useEffect(() => {
    if (justChanged) groupRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [justChanged]);

  async function save() {
    setBusy(true);
    try {
      await change(choice);
      notifications.show({
        color: 'teal.9',
        message: `Dates are now written ${TYPED_DATE_HINT[choice]} on this computer`,
      });
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }

  return (
    <Section title="Dates and language" id="settings-locale" titleSize="h3" p="lg" stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        How dates are written on every screen and typed into every date box on this computer. Each computer
        keeps its own choice; what is saved is the same date whichever you use.
      </Text>
      <Stack gap="sm" maw={520}>
        <Radio.Group
          ref={groupRef}
          label="How dates are written"
          value={choice}
          onChange={(v) => {
            setChoice(v as AppLocale);
            setError(null);
          }}
          error={error}
        >
          <Stack gap="xs" mt="xs">
            {APP_LOCALES.map((l) => (
              <Radio key={l} value={l} label={LOCALE_LABELS[l]} />
            ))}
          </Stack>
        </Radio.Group>
        <Group>
          <Button onClick={save} loading={busy} disabled={choice === locale}>
            Save date format
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
