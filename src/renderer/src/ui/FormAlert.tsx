import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** Why a save was refused, when no field on the form is the one to fix. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red.9" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" p="sm">
      {message}
    </Alert>
  );
}
