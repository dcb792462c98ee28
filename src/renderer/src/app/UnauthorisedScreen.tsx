import { Center, Code, Paper, Stack, Text, Title } from '@mantine/core';

export function UnauthorisedScreen() {
  return (
    // The page's one main landmark: this screen replaces the whole app.
    <Center component="main" mih="100vh" p="lg">
      <Paper withBorder p="xl" maw={560} radius="md" role="alert">
        <Stack>
          <Title order={1} size="h2">
            This window can’t reach Redress
          </Title>
          <Text>
            This window’s access key is missing or out of date. Open the address printed by{' '}
            <Code>npm start</Code> again.
          </Text>
          <Text size="sm" c="dimmed">
            The address includes a one-time key. For your residents’ privacy, Redress only answers windows
            opened from that address.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
