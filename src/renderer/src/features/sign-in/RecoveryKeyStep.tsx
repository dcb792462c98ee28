// The recovery key, shown once at set-up. It opens this computer's store if every password is
// lost, so it is printed or written down now and kept away from the laptop; Redress never shows it
// again.
import { Button, Checkbox, Code, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import classes from './RecoveryKeyStep.module.css';

export function RecoveryKeyStep({ recoveryKey, onStored }: { recoveryKey: string; onStored: () => void }) {
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <Stack>
      <Text>
        Everything Redress keeps on this computer is locked with your password. If every password for this
        computer is ever lost, an administrator can open this computer’s store with this recovery key instead.
        Without either, nobody can read the cases again.
      </Text>
      <Paper withBorder p="md" radius="md" className={classes.sheet}>
        <Stack gap="xs">
          <Text fw={600} id="recovery-key-label">
            Redress recovery key
          </Text>
          <Code block className={classes.key} aria-labelledby="recovery-key-label">
            {recoveryKey}
          </Code>
          <Text size="sm" c="dimmed">
            For an administrator: opens this computer’s Redress store if every password is lost.
          </Text>
        </Stack>
      </Paper>
      <List size="sm" spacing={4}>
        <List.Item>Redress shows this key only now, once. It cannot be shown again later.</List.Item>
        <List.Item>
          Print it or write it down, and keep it somewhere safe away from this laptop, such as a locked drawer
          your administrator looks after.
        </List.Item>
        <List.Item>Anyone holding both the key and this laptop could read residents’ records.</List.Item>
      </List>
      <Group>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          onClick={() => window.print()}
        >
          Print
        </Button>
      </Group>
      <Checkbox
        label="I have stored the recovery key safely"
        checked={stored}
        onChange={(e) => {
          setStored(e.currentTarget.checked);
          setError(null);
        }}
        error={error}
      />
      <Group>
        <Button
          onClick={() =>
            stored ? onStored() : setError('Tick this once the key is printed or written down')
          }
        >
          Continue
        </Button>
      </Group>
    </Stack>
  );
}
