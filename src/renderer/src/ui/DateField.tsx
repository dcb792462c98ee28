// A calendar date (YYYY-MM-DD), or a date and time (YYYY-MM-DDTHH:MM), typed as this computer
// writes dates (dd/mm/yyyy in English (UK)) or picked from a calendar. The box keeps what was
// typed; the form gets the ISO date once it reads as a real one (what was typed otherwise, so the
// form's own check refuses it rather than a half-typed date quietly counting as none).
import { ActionIcon, Popover, TextInput } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState, type FocusEvent, type ReactNode } from 'react';
import {
  readTypedDate,
  readTypedDateTime,
  TYPED_DATE_HINT,
  writeTypedDate,
  writeTypedDateTime,
} from '../../../shared/domain/locale';
import { formatIsoDate, nowLocalDateTime } from './dates';
import { useLocale } from './locale';

export function DateField({
  label,
  value,
  onChange,
  error,
  description,
  min,
  max,
  required = true,
  autoFocus = false,
  type = 'date',
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
  min?: string | undefined;
  max?: string | undefined;
  required?: boolean;
  /** Where the dialog puts focus when it opens. */
  autoFocus?: boolean;
  /** `datetime-local` for a date and time. */
  type?: 'date' | 'datetime-local';
}) {
  const { locale } = useLocale();
  const withTime = type === 'datetime-local';
  const read = (text: string) => (withTime ? readTypedDateTime(text, locale) : readTypedDate(text, locale));
  const write = (v: string) => (withTime ? writeTypedDateTime(v, locale) : writeTypedDate(v, locale));
  const hint = `${TYPED_DATE_HINT[locale]}${withTime ? ' hh:mm' : ''}`;

  const [text, setText] = useState(() => write(value));
  const [left, setLeft] = useState(false);
  const [calendarOpen, setCalendarOpen] = useState(false);
  // The value changed from outside (a reset, a day picked): show it, unless it is what is typed.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if ((read(text) ?? text.trim()) !== value) setText(write(value));
  }

  const typed = (next: string) => {
    setText(next);
    onChange(read(next) ?? next.trim());
  };
  const unreadable = text.trim() !== '' && read(text) === null;
  const ownError =
    unreadable && (left || error)
      ? `Enter the date as ${hint}${withTime ? ' (24-hour clock)' : ''}, or pick it from the calendar`
      : undefined;

  const day = value.slice(0, 10);
  const pick = (picked: string | null) => {
    if (!picked) return;
    const time = withTime ? value.slice(11, 16) || nowLocalDateTime().slice(11, 16) : '';
    const next = withTime ? `${picked}T${time}` : picked;
    setText(write(next));
    setSeen(next);
    onChange(next);
    setCalendarOpen(false);
  };

  const calendar = (
    <Popover
      opened={calendarOpen}
      onChange={setCalendarOpen}
      position="bottom-end"
      trapFocus
      returnFocus
      // Beside its field, so it stays inside a dialog that screen readers keep to.
      withinPortal={false}
      floatingStrategy="fixed"
      shadow="md"
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Pick from a calendar: ${label}`}
          onClick={() => setCalendarOpen((o) => !o)}
        >
          <IconCalendar size={18} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown
        aria-label={`Calendar: ${label}`}
        // Escape closes the calendar, not the dialog it is in (a dialog closes on any Escape
        // unless the key comes from an element marked like this).
        onFocusCapture={(e: FocusEvent<HTMLDivElement>) =>
          e.target.setAttribute('data-mantine-stop-propagation', 'true')
        }
      >
        <DatePicker
          value={read(text) ? day : null}
          onChange={pick}
          defaultDate={read(text) ? day : undefined}
          // Days of the months either side would be faint grey (too faint to read): left out.
          hideOutsideDates
          minDate={min?.slice(0, 10)}
          maxDate={max?.slice(0, 10)}
          getDayProps={(d) =>
            d === (read(text) ? day : (max?.slice(0, 10) ?? d)) ? { 'data-autofocus': true } : {}
          }
          getDayAriaLabel={(d) => formatIsoDate(d)}
          ariaLabels={{
            previousMonth: 'Previous month',
            nextMonth: 'Next month',
            previousYear: 'Previous year',
            nextYear: 'Next year',
            previousDecade: 'Previous ten years',
            nextDecade: 'Next ten years',
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );

  return (
    <TextInput
      label={label}
      description={
        <>
          {description}
          {description ? ' · ' : ''}
          {`Format: ${hint}`}
        </>
      }
      placeholder={hint}
      value={text}
      onChange={(e) => typed(e.currentTarget.value)}
      onBlur={() => {
        setLeft(true);
        const read_ = read(text);
        if (read_) setText(write(read_));
      }}
      inputMode="numeric"
      autoComplete="off"
      error={ownError ?? error}
      required={required}
      rightSection={calendar}
      rightSectionPointerEvents="all"
      // Only the box is narrow: the label, hint and error use the dialog's width.
      styles={{ wrapper: { width: withTime ? 240 : 200, maxWidth: '100%' } }}
      {...(autoFocus ? { 'data-autofocus': true } : {})}
    />
  );
}
