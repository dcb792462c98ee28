// Stored values Redress's rules refuse (a date in year 10000 from an older version, say): shown so
// the officer can correct them, and left out of every deadline until then.
import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ComplaintView } from '../../../../shared/contract/types';

export function InvalidValuesAlert({ values }: { values: ComplaintView['invalidValues'] }) {
  if (values.length === 0) return null;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title="Some recorded values are not valid"
      icon={<IconAlertTriangle aria-hidden />}
      p="sm"
    >
      <Text size="sm">Deadlines leave these out until they are corrected:</Text>
      <List size="sm">
        {values.map((v) => (
          <List.Item key={`${v.field}:${v.value}`}>
            {v.label}: “{v.value}” — {v.problem}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
