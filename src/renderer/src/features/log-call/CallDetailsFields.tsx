import { Input, SegmentedControl, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { DateField } from '../../ui/DateField';
import { useId, type Ref } from 'react';
import {
  CHANNEL_LABELS,
  CHANNELS,
  DIRECTION_LABELS,
  DIRECTIONS,
  type Channel,
  type Direction,
} from '../../../../shared/domain/vocabulary';
import type { FieldErrors } from '../../api/errors';

const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));
const DIRECTION_OPTIONS = DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }));

export function CallDetailsFields({
  channel,
  direction,
  summary,
  at,
  onChannel,
  onDirection,
  onSummary,
  onAt,
  errors,
  channelRef,
}: {
  channel: Channel;
  direction: Direction;
  summary: string;
  /** When the contact happened (datetime-local), empty for now. */
  at: string;
  onChannel: (c: Channel) => void;
  onDirection: (d: Direction) => void;
  onSummary: (s: string) => void;
  onAt: (at: string) => void;
  errors: FieldErrors;
  channelRef?: Ref<HTMLDivElement>;
}) {
  const channelLabel = useId();
  const directionLabel = useId();
  return (
    <Stack gap="md">
      <SimpleGrid
        cols={{ base: 1, lg: 2 }}
        spacing="md"
        style={{ gridTemplateColumns: 'auto auto', justifyContent: 'start' }}
      >
        <Input.Wrapper
          label="How did they get in touch?"
          labelElement="div"
          id={channelLabel}
          error={errors.channel}
        >
          <SegmentedControl
            ref={channelRef}
            aria-labelledby={`${channelLabel}-label`}
            data={CHANNEL_OPTIONS}
            value={channel}
            onChange={(v) => onChannel(v as Channel)}
            mt={4}
          />
        </Input.Wrapper>
        <Input.Wrapper
          label="Who made contact?"
          labelElement="div"
          id={directionLabel}
          error={errors.direction}
        >
          <SegmentedControl
            aria-labelledby={`${directionLabel}-label`}
            data={DIRECTION_OPTIONS}
            value={direction}
            onChange={(v) => onDirection(v as Direction)}
            mt={4}
          />
        </Input.Wrapper>
      </SimpleGrid>
      <Textarea
        label="What was said"
        description="A short, factual summary in the resident’s words where you can."
        required
        autosize
        minRows={4}
        maxRows={12}
        value={summary}
        onChange={(e) => onSummary(e.currentTarget.value)}
        error={errors.summary}
      />
      <DateField
        type="datetime-local"
        label="When was it? (leave empty for now)"
        description="For a letter or message that arrived earlier, when it arrived: a complaint’s deadlines count from that day."
        value={at}
        onChange={onAt}
        error={errors.occurredAt}
        required={false}
      />
    </Stack>
  );
}
