// Settings → Letters: the house style and the standard paragraphs every letter carries. Both
// sync to every computer; a paragraph's edit is a new version, and each issued letter records
// the versions it used.
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { HouseStyleView, StandardParagraph } from '../../../../shared/contract/letterSetup';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { Section, Subsection } from '../../ui/Section';
import { HouseStyleForm } from './HouseStyleForm';
import { StandardParagraphCard } from './StandardParagraphCard';

function HouseStyle() {
  const { data, error, reload } = useQuery('houseStyle.get', {});
  const [saved, setSaved] = useState<HouseStyleView | null>(null);
  const current = saved ?? data;
  if (error && !current)
    return <ErrorAlert title="The house style could not be loaded" error={error} onRetry={reload} />;
  if (!current) return <PageLoader label="Loading the house style…" />;
  // Keyed by what was saved, so the form starts again from it.
  return (
    <HouseStyleForm key={JSON.stringify({ ...current, logo: null })} current={current} onSaved={setSaved} />
  );
}

function Paragraphs() {
  const { data, error, reload } = useQuery('paragraphs.list', {});
  const [saved, setSaved] = useState<Partial<Record<string, StandardParagraph>>>({});
  if (error && !data)
    return <ErrorAlert title="The standard paragraphs could not be loaded" error={error} onRetry={reload} />;
  if (!data) return <PageLoader label="Loading the standard paragraphs…" />;
  return (
    <Stack gap="sm">
      {data.map((p) => {
        const shown = saved[p.key] ?? p;
        return (
          <StandardParagraphCard
            key={p.key}
            paragraph={shown}
            onSaved={(next) => setSaved((s) => ({ ...s, [next.key]: next }))}
          />
        );
      })}
    </Stack>
  );
}

export function LetterSetupSection() {
  return (
    <Section title="Letters" id="settings-letters" titleSize="h3" p="lg" stack gap="lg">
      <Subsection title="House style" id="settings-letters-house-style">
        <Text size="sm" maw={760}>
          Your name, address, contacts and logo at the top of every letter, and the sign-off above the
          officer’s name.
        </Text>
        <HouseStyle />
      </Subsection>
      <Subsection title="Standard paragraphs" id="settings-letters-paragraphs">
        <Text size="sm" maw={760}>
          The wording every letter carries where the Code requires it. A manager keeps these up to date (the
          Ombudsman’s contact details change): each save is a new version, and every issued letter records the
          versions it used.
        </Text>
        <Paragraphs />
      </Subsection>
    </Section>
  );
}
