// Join the central share — a folder, an Azure Blob Storage container or an S3-compatible bucket —
// or (first computer only) set a new one up there.
import {
  Alert,
  Button,
  Code,
  Group,
  List,
  Modal,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFolderShare, IconPlus } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { ConnectShareInput } from '../../../../shared/contract/inputs';
import { parseShareLocation, shareLabel } from '../../../../shared/share/location';
import { useApi } from '../../api/ApiContext';
import { folderPicker } from '../../api/transport';
import { fieldErrorsFrom, fieldErrorsFromZod, messageOf, type FieldErrors } from '../../api/errors';
import { useSession } from '../../api/SessionContext';
import { useShareStatus } from './ShareStatusProvider';
import { ShareLinkNotes } from './ShareLinkNotes';
import { withKeys } from './shareLineKeys';

/** The line as it may be shown (no SAS, no key); as typed when it cannot be read yet. */
function shareLabelOf(line: string): string {
  try {
    return shareLabel(parseShareLocation(line));
  } catch {
    return line.trim();
  }
}

export function defaultDeviceLabel(name: string): string {
  return `${name.trim()}’s computer`.slice(0, 80);
}

/** `canSetUpNew`: false once this computer has belonged to a share (it may only rejoin that one). */
export function ConnectShareForm({ canSetUpNew = true }: { canSetUpNew?: boolean }) {
  const api = useApi();
  const { me } = useSession();
  const { accept, refresh } = useShareStatus();
  const [path, setPath] = useState('');
  const [deviceLabel, setDeviceLabel] = useState(() => defaultDeviceLabel(me.name));
  const [code, setCode] = useState('');
  const [keyId, setKeyId] = useState('');
  const [secret, setSecret] = useState('');
  const isS3 = /^\s*s3:\/\//i.test(path);
  /** The line sent: an S3 address takes the keys typed beside it. */
  const line = isS3 ? withKeys(path, keyId, secret) : path;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'join' | 'create' | null>(null);
  const [confirmingCreate, setConfirmingCreate] = useState(false);
  const pathRef = useRef<HTMLInputElement>(null);
  const pickFolder = folderPicker();
  const labelRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  function showFieldErrors(found: FieldErrors) {
    setErrors(found);
    if (found.path) pathRef.current?.focus();
    else if (found.deviceLabel) labelRef.current?.focus();
  }

  /** Checks the form as the main side will; false (with errors shown) if it would be refused. */
  function valid(create: boolean): boolean {
    const parsed = ConnectShareInput.safeParse({ path: line, create, deviceLabel, code });
    if (parsed.success) return true;
    showFieldErrors(fieldErrorsFromZod(parsed.error.issues));
    return false;
  }

  async function connect(create: boolean) {
    setConfirmingCreate(false);
    if (!valid(create)) return;
    setErrors({});
    setFormError(null);
    setBusy(create ? 'create' : 'join');
    try {
      const status = await api.call('share.connect', {
        path: line,
        create,
        deviceLabel,
        code: create ? null : code.trim() || null,
      });
      accept(status);
      notifications.show({
        color: 'teal.9',
        title: create ? 'Central share set up' : 'Joined the central share',
        message: create
          ? 'Colleagues can now join it from their own computers with the same folder or link.'
          : 'Redress is fetching your colleagues’ cases. You can keep working.',
      });
    } catch (error) {
      const fields = fieldErrorsFrom(error);
      if (Object.keys(fields).length > 0) showFieldErrors(fields);
      else {
        setFormError(messageOf(error));
        // Let the alert render, then take the reader to it.
        setTimeout(() => errorRef.current?.focus(), 0);
      }
    } finally {
      setBusy(null);
      void refresh();
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void connect(false);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Connect to a central share">
      <Stack gap="md" maw={680}>
        <TextInput
          ref={pathRef}
          label="Folder of the central share, or its cloud address"
          description={
            <>
              Paste one of these (every computer uses the same share):
              <List size="xs" mt={4} spacing={2}>
                <List.Item>
                  a shared folder’s path, e.g. <Code>\\office-nas\complaints</Code> or{' '}
                  <Code>C:\Users\you\OneDrive - Landlord\Redress</Code> (on a synced drive the path may differ
                  from computer to computer);
                </List.Item>
                <List.Item>
                  an Azure Blob Storage container’s SAS link from your IT team, with read, create and list
                  rights and no write right (<Code>https://…blob.core.windows.net/container?sv=…</Code>);
                </List.Item>
                <List.Item>
                  an S3-compatible bucket (AWS, Cloudflare R2, Backblaze B2, Wasabi, MinIO):{' '}
                  <Code>s3://bucket/folder?endpoint=https://…</Code>, with its access key below.
                </List.Item>
              </List>
            </>
          }
          value={path}
          onChange={(e) => setPath(e.currentTarget.value)}
          error={errors.path}
          required
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <ShareLinkNotes line={line} />
        {isS3 && (
          <Group align="flex-start" grow maw={680}>
            <TextInput
              label="Access key id"
              description="From the storage provider, for this bucket only."
              value={keyId}
              onChange={(e) => setKeyId(e.currentTarget.value)}
              spellCheck={false}
              autoComplete="off"
            />
            <PasswordInput
              label="Secret access key"
              description="Kept encrypted on this computer; never shown again."
              value={secret}
              onChange={(e) => setSecret(e.currentTarget.value)}
              autoComplete="off"
            />
          </Group>
        )}
        {pickFolder && (
          <Group>
            <Button
              variant="default"
              onClick={async () => {
                const chosen = await pickFolder('Choose the folder of the central share');
                if (chosen) setPath(chosen);
              }}
            >
              Browse for the folder…
            </Button>
          </Group>
        )}
        <TextInput
          ref={labelRef}
          label="How this computer appears to others"
          description="Colleagues see this name beside your changes and in the list of computers on the share."
          value={deviceLabel}
          onChange={(e) => setDeviceLabel(e.currentTarget.value)}
          error={errors.deviceLabel}
          maxLength={80}
          w={420}
          maw="100%"
        />
        <TextInput
          label="Join code"
          description="To join: the code shown on a computer already in the share (Settings → Central share → Show a join code). Not needed to set up a new share."
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={errors.code}
          maxLength={40}
          w={420}
          maw="100%"
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        {formError && (
          <Alert
            ref={errorRef}
            tabIndex={-1}
            color="red"
            variant="light"
            title="Not connected"
            icon={<IconAlertTriangle aria-hidden />}
            role="alert"
          >
            {formError}
          </Alert>
        )}
        <Group gap="sm">
          <Button
            type="submit"
            leftSection={<IconFolderShare size={18} aria-hidden />}
            loading={busy === 'join'}
            disabled={busy !== null}
          >
            Join this share
          </Button>
          {canSetUpNew && (
            <Button
              variant="default"
              leftSection={<IconPlus size={18} aria-hidden />}
              loading={busy === 'create'}
              disabled={busy !== null}
              onClick={() => {
                if (valid(true)) setConfirmingCreate(true);
              }}
            >
              Set up a new share here
            </Button>
          )}
        </Group>
        {canSetUpNew && (
          <Text size="sm" c="dimmed">
            Joining is what most people need. Only the first computer in your team sets up a new share.
          </Text>
        )}
      </Stack>

      <Modal
        opened={confirmingCreate}
        onClose={() => setConfirmingCreate(false)}
        title="Set up a new central share?"
        size="lg"
      >
        <Stack>
          <Text>
            Only the <strong>first</strong> computer in your team does this, once. It makes this place the
            central share and sends this computer’s cases to it:
          </Text>
          <Code block>{shareLabelOf(line)}</Code>
          <Text>
            If a colleague already uses Redress with a central share, cancel and choose{' '}
            <strong>Join this share</strong> instead: a second share would split your team’s cases in two.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingCreate(false)} data-autofocus>
              Cancel
            </Button>
            <Button onClick={() => void connect(true)}>Set up the share here</Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
