// Office closure days (e.g. the Christmas shutdown): add a date, or the usual shutdown in one go;
// remove any. Kept sorted and without repeats.
import { Button, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconChristmasTree } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { isIsoDate, type IsoDate } from '../../../../shared/complaints/calendar';
import { POLICY_LABELS } from '../../../../shared/complaints/policy';
import { DateField } from '../../ui/DateField';
import { formatIsoDate } from '../../ui/dates';
import { CodeWarning } from './CodeWarning';
import { christmasShutdown, normaliseClosureDays } from './policyForm';

export function ClosureDaysField({
  value,
  onChange,
  error,
  warning,
  today,
  bankHolidays,
}: {
  value: IsoDate[];
  onChange: (days: IsoDate[]) => void;
  error?: string | undefined;
  warning?: string | undefined;
  today: IsoDate;
  bankHolidays: readonly IsoDate[];
}) {
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const headingId = useId();
  const listId = useId();
  const shutdown = christmasShutdown(today, bankHolidays);
  const missingShutdown = shutdown.filter((d) => !value.includes(d));

  function add(days: IsoDate[]) {
    onChange(normaliseClosureDays([...value, ...days]));
  }

  function addDraft() {
    if (!draft) {
      setDraftError('Choose a date to add.');
      return;
    }
    if (!isIsoDate(draft)) {
      setDraftError('That is not a real date.');
      return;
    }
    if (value.includes(draft)) {
      setDraftError(`${formatIsoDate(draft)} is already a closure day.`);
      return;
    }
    add([draft]);
    setDraft('');
    setDraftError(null);
  }

  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      <div>
        <Text fw={600} size="sm" id={headingId}>
          {POLICY_LABELS.closureDays}
        </Text>
        <Text size="sm" c="dimmed">
          Weekdays the office is shut besides bank holidays. They do not count as working days, so they push
          deadlines later.
        </Text>
      </div>

      {value.length === 0 ? (
        <Text size="sm" id={listId}>
          No closure days: every Monday to Friday that is not a bank holiday is a working day.
        </Text>
      ) : (
        <Group
          component="ul"
          gap={6}
          p={0}
          m={0}
          id={listId}
          aria-label="Closure days"
          style={{ listStyle: 'none' }}
        >
          {value.map((d) => (
            <Paper key={d} component="li" withBorder radius="xl" pl="sm" pr={4} py={2} data-closure-day={d}>
              <Group gap={4} wrap="nowrap">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatIsoDate(d)}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={`Remove ${formatIsoDate(d)}`}
                  onClick={() => onChange(value.filter((x) => x !== d))}
                />
              </Group>
            </Paper>
          ))}
        </Group>
      )}

      <Group align="flex-start" gap="sm">
        {/* Enter in the box adds the day (not from the calendar, where Enter picks one). */}
        <div
          onKeyDown={(e) => {
            if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
              e.preventDefault();
              addDraft();
            }
          }}
        >
          <DateField
            label="Add a closure day"
            value={draft}
            onChange={(next) => {
              setDraft(next);
              setDraftError(null);
            }}
            error={draftError ?? undefined}
            required={false}
          />
        </div>
        <div>
          {/* As tall as the box's label and format hint, so the button lines up with the box. */}
          <Text size="sm" fw={500} aria-hidden style={{ visibility: 'hidden' }}>
            &nbsp;
          </Text>
          <Text size="xs" aria-hidden style={{ visibility: 'hidden' }} mb={5}>
            &nbsp;
          </Text>
          <Button
            variant="default"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={addDraft}
          >
            Add day
          </Button>
        </div>
      </Group>
      {missingShutdown.length > 0 && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconChristmasTree size={16} aria-hidden />}
            onClick={() => add(missingShutdown)}
          >
            Add the Christmas shutdown ({shutdownWords(missingShutdown)})
          </Button>
        </Group>
      )}
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
      {warning && !error && <CodeWarning message={warning} />}
    </Stack>
  );
}

/** "29–31 Dec 2026" for a run of days in one month, else the dates listed. */
function shutdownWords(days: IsoDate[]): string {
  const first = days[0]!;
  const last = days[days.length - 1]!;
  if (days.length === 1) return formatIsoDate(first, { withYear: true }).replace(/^\w+ /, '');
  const sameMonth = first.slice(0, 7) === last.slice(0, 7);
  const dayOf = (d: IsoDate) => Number(d.slice(8, 10));
  const monthYear = formatIsoDate(last).replace(/^\w+ \d+ /, '');
  return sameMonth
    ? `${dayOf(first)}–${dayOf(last)} ${monthYear}`
    : days.map((d) => formatIsoDate(d).replace(/^\w+ /, '')).join(', ');
}
