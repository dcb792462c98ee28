import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** A setting looser than the Complaint Handling Code: the Code's requirement, in a yellow note. */
export function CodeWarning({ message }: { message: string }) {
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      p="xs"
      data-code-warning
      styles={{ root: { borderLeft: '4px solid var(--mantine-color-yellow-7)' } }}
    >
      {message}
    </Alert>
  );
}
