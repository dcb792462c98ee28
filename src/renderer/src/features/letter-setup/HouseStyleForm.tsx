// The house style every letter carries: the landlord's name and address, contacts, the sign-off
// and the letterhead logo (PNG or JPEG, previewed here, removable).
import {
  Alert,
  Button,
  FileButton,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconInfoCircle, IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { HouseStyleView } from '../../../../shared/contract/letterSetup';
import { useApi } from '../../api/ApiContext';
import { FormAlert } from '../../ui/FormAlert';
import { logoUrl, readLogo, type ChosenLogo } from './logoFile';
import { useSave } from '../../ui/useSave';

const FIELDS = ['landlordName', 'addressLines', 'phone', 'email', 'website', 'signOff', 'logo'];

/** What the save does with the logo: keep the one there is, remove it, or put a new one. */
type LogoChoice = { kind: 'keep' } | { kind: 'remove' } | { kind: 'new'; logo: ChosenLogo };

function LogoField({
  current,
  choice,
  onChoice,
  error,
}: {
  current: HouseStyleView;
  choice: LogoChoice;
  onChoice: (c: LogoChoice) => void;
  error: string | undefined;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const shown = choice.kind === 'new' ? choice.logo : choice.kind === 'keep' ? current.logo : null;
  const notArrived = choice.kind === 'keep' && current.logoSha256 !== null && current.logo === null;

  async function choose(file: File | null) {
    if (!file) return;
    const read = await readLogo(file);
    if ('problem' in read) setProblem(read.problem);
    else {
      setProblem(null);
      onChoice({ kind: 'new', logo: read.logo });
    }
  }

  return (
    <Stack gap="xs" role="group" aria-labelledby="house-style-logo-label">
      <Text fw={500} size="sm" id="house-style-logo-label">
        Logo
      </Text>
      <Group align="center" gap="md">
        <Paper withBorder p="xs" w={180} h={100} style={{ display: 'grid', placeItems: 'center' }}>
          {shown ? (
            <Image
              src={logoUrl(shown)}
              alt="Your logo, as letters will show it"
              fit="contain"
              mah={84}
              maw={160}
            />
          ) : (
            <Text size="sm" c="dimmed" ta="center">
              {notArrived ? 'Not arrived on this computer yet' : 'No logo'}
            </Text>
          )}
        </Paper>
        <Stack gap={6}>
          <FileButton onChange={(f) => void choose(f)} accept="image/png,image/jpeg">
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconPhoto size={16} aria-hidden />}>
                {shown ? 'Choose another logo…' : 'Choose a logo…'}
              </Button>
            )}
          </FileButton>
          {(shown || notArrived) && (
            <Button
              variant="default"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => onChoice({ kind: 'remove' })}
            >
              Remove the logo
            </Button>
          )}
          <Text size="xs" c="dimmed">
            PNG or JPEG, up to 1 MB.
            {choice.kind === 'new' && ` “${choice.logo.fileName}” will be used when you save.`}
            {choice.kind === 'remove' && current.logoSha256 && ' Letters will have no logo once you save.'}
          </Text>
        </Stack>
      </Group>
      {(problem ?? error) && (
        <Text size="sm" c="red.9" role="alert">
          {problem ?? error}
        </Text>
      )}
    </Stack>
  );
}

export function HouseStyleForm({
  current,
  onSaved,
}: {
  current: HouseStyleView;
  onSaved: (s: HouseStyleView) => void;
}) {
  const api = useApi();
  // Until it is set up the placeholder's words are not worth keeping: the fields start empty.
  const [name, setName] = useState(current.isSet ? current.landlordName : '');
  const [address, setAddress] = useState(current.isSet ? current.addressLines.join('\n') : '');
  const [phone, setPhone] = useState(current.phone ?? '');
  const [email, setEmail] = useState(current.email ?? '');
  const [website, setWebsite] = useState(current.website ?? '');
  const [signOff, setSignOff] = useState(current.signOff);
  const [logo, setLogo] = useState<LogoChoice>({ kind: 'keep' });
  const { busy, errors, run } = useSave(FIELDS);
  const addressLines = address
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      () =>
        api.call('houseStyle.set', {
          landlordName: name,
          addressLines,
          phone,
          email,
          website,
          signOff,
          logo: logo.kind === 'keep' ? undefined : logo.kind === 'remove' ? null : logo.logo,
        }),
      'House style saved.',
      onSaved,
    );
  }

  const addressError =
    errors.fields.addressLines ??
    Object.entries(errors.fields).find(([k]) => k.startsWith('addressLines'))?.[1];

  return (
    <form onSubmit={submit} noValidate aria-label="House style">
      <Stack gap="sm" maw={760}>
        {!current.isSet && (
          <Alert role="note" variant="light" color="indigo" icon={<IconInfoCircle aria-hidden />} p="sm">
            Not set up yet: letters show “{current.landlordName}” where your name and address should be.
          </Alert>
        )}
        <FormAlert message={errors.form} />
        <TextInput
          label="Landlord’s name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.fields.landlordName}
          required
        />
        <Textarea
          label="Address, one line each"
          description="As it goes at the top of a letter, postcode last (up to 8 lines)."
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          error={addressError}
          autosize
          minRows={3}
          maxRows={8}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Phone"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            error={errors.fields.phone}
          />
          <TextInput
            label="Email"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.fields.email}
          />
          <TextInput
            label="Website"
            value={website}
            onChange={(e) => setWebsite(e.currentTarget.value)}
            error={errors.fields.website}
          />
        </SimpleGrid>
        <TextInput
          label="Sign-off"
          description="Above the officer’s name, e.g. “Yours sincerely”."
          value={signOff}
          onChange={(e) => setSignOff(e.currentTarget.value)}
          error={errors.fields.signOff}
          required
          maw={360}
        />
        <LogoField current={current} choice={logo} onChoice={setLogo} error={errors.fields.logo} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Save house style
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
