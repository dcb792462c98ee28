// Who is signing in: everyone who may sign in on this computer, by initials and name. A radio
// group, so arrow keys move between people and Tab moves on to the password.
import { Avatar, Group, Radio, SimpleGrid, Text } from '@mantine/core';
import type { SignInPerson } from '../../../../shared/contract/session';

export function PersonPicker({
  people,
  value,
  onChange,
  error,
  label = 'Who is signing in?',
}: {
  label?: string;
  people: SignInPerson[];
  value: string | null;
  onChange: (personId: string) => void;
  error?: string | undefined;
}) {
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      name={label === 'Who is signing in?' ? 'sign-in-person' : 'recovery-person'}
    >
      <SimpleGrid cols={people.length > 3 ? 2 : 1} spacing="xs" mt="xs">
        {people.map((person) => (
          <Radio.Card key={person.id} value={person.id} radius="md" p="sm" aria-label={person.name}>
            <Group wrap="nowrap" gap="sm">
              <Radio.Indicator aria-hidden />
              <Avatar color="indigo.8" variant="filled" radius="xl" size="md" aria-hidden>
                {person.initials}
              </Avatar>
              <Text fw={600}>{person.name}</Text>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
