// A Settings section the signed-in role may not use: its heading stays, with one sentence saying
// who may, instead of controls that would only be refused.
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProcedureName } from '../../../../shared/contract';
import { useCan, whoMayCall } from '../../api/useCan';
import { Section } from '../../ui/Section';

export function OnlyFor({
  procedure,
  title,
  id,
  children,
}: {
  procedure: ProcedureName;
  title: string;
  id: string;
  children: ReactNode;
}) {
  if (useCan(procedure)) return children;
  return (
    <Section title={title} id={id} titleSize="h3" p="lg" stack gap="md">
      <Text role="note">{whoMayCall(procedure)}</Text>
    </Section>
  );
}
