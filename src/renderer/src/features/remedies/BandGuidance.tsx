// The Ombudsman's band an amount falls into, shown beside it as guidance (never a rule), and
// whether the compensation panel must sign it off.
import { Badge, Stack, Text } from '@mantine/core';
import type { CompensationBand } from '../../../../shared/remedies/compensation';
import { formatPounds } from '../../../../shared/remedies/money';

export function BandGuidance({
  band,
  source,
  signOff,
  thresholdPence,
}: {
  band: CompensationBand | null;
  source: string;
  signOff: boolean;
  thresholdPence: number;
}) {
  return (
    <Stack gap={4} align="flex-start">
      {band && (
        <Text size="sm">
          <Text span fw={600}>
            Guidance: {band.label}
          </Text>{' '}
          — {band.meaning}{' '}
          <Text span size="xs" c="dimmed">
            ({source})
          </Text>
        </Text>
      )}
      {signOff && (
        <Badge color="violet.9" radius="sm" variant="filled">
          Needs panel sign-off (over {formatPounds(thresholdPence)})
        </Badge>
      )}
    </Stack>
  );
}
