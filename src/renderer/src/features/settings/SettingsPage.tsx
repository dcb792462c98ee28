import { Alert, Code, List, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useSession } from '../../api/SessionContext';
import { useCan, whoMayCall } from '../../api/useCan';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { PageTitle } from '../../ui/PageTitle';
import { Section } from '../../ui/Section';
import { AttachmentLimitSection } from '../attachments';
import { AuditSection } from '../audit';
import { BackupSection } from '../backup';
import { LetterTemplatesSection } from '../letter-templates';
import { PeopleSection } from '../people';
import { RemedySettingsSection } from '../remedies';
import { RootCausesSection } from '../learning';
import { SecuritySection } from '../sign-in';
import { LetterSetupSection } from '../letter-setup';
import { ConnectedShare, ConnectShareForm, useShareStatus } from '../sync';
import { ComplaintPolicySection } from './ComplaintPolicySection';
import { RetentionSection } from '../retention';
import { HomesOwnedSection } from '../dashboard';
import { DatesAndLanguageSection } from './DatesAndLanguageSection';
import { OnlyFor } from './OnlyFor';

function WhatIsAShare() {
  return (
    <Stack gap="xs" maw={760}>
      <Text>
        A central share is where the laptops in your team exchange changes: a network drive, a NAS, a folder
        kept in step by OneDrive, SharePoint or Dropbox, or cloud storage your organisation already pays for
        (an Azure Blob Storage container or an S3-compatible bucket). There is no server to run.
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>Each laptop keeps its own copy of the cases and keeps working offline.</List.Item>
        <List.Item>
          When the share can be reached, Redress sends this computer’s changes to it and picks up everyone
          else’s.
        </List.Item>
        <List.Item>
          If two people change the same thing before their laptops sync, Redress keeps both and asks a person
          to choose, under Needs attention.
        </List.Item>
      </List>
    </Stack>
  );
}

export function SettingsPage() {
  const { status: app } = useSession();
  const { status, error, refresh } = useShareStatus();
  const canConnect = useCan('share.connect');

  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle documentTitle="Settings">Settings</PageTitle>

      <Section title="Central share" id="settings-share" titleSize="h3" p="lg" stack gap="md">
        <WhatIsAShare />
        {!status && error ? (
          <ErrorAlert
            title="Redress could not check the central share"
            error={error}
            onRetry={() => void refresh()}
          />
        ) : !status ? (
          <PageLoader label="Checking the central share…" />
        ) : status.state === 'not_set_up' ? (
          <>
            <Alert
              role="note"
              variant="light"
              color="indigo"
              icon={<IconInfoCircle aria-hidden />}
              p="sm"
              maw={760}
            >
              This computer is not connected to a central share: your work is saved here only.
              {status.shareId && (
                <>
                  {' '}
                  It used to sync with share <Code>{status.shareId}</Code>, and can only join that share
                  again: paste the path of its folder and choose{' '}
                  <strong>Join the share in this folder</strong>.
                </>
              )}
            </Alert>
            {canConnect ? (
              <ConnectShareForm canSetUpNew={!status.shareId} />
            ) : (
              <Text role="note">{whoMayCall('share.connect')}</Text>
            )}
          </>
        ) : (
          <ConnectedShare status={status} />
        )}
      </Section>

      <OnlyFor procedure="people.add" title="People" id="settings-people">
        <PeopleSection />
      </OnlyFor>
      <SecuritySection />

      <OnlyFor procedure="policy.update" title="Complaint policy" id="settings-policy">
        <ComplaintPolicySection />
      </OnlyFor>
      <OnlyFor procedure="retention.due" title="Retention" id="settings-retention">
        <RetentionSection />
      </OnlyFor>
      <OnlyFor procedure="attachments.setLimit" title="Attachments" id="settings-attachments">
        <AttachmentLimitSection />
      </OnlyFor>
      <OnlyFor procedure="remedies.updateSettings" title="Compensation" id="settings-compensation">
        <RemedySettingsSection />
      </OnlyFor>
      <OnlyFor procedure="templates.import" title="Letter templates" id="settings-letter-templates">
        <LetterTemplatesSection />
      </OnlyFor>

      <OnlyFor
        procedure="learning.updateRootCauses"
        title="Root causes of complaints"
        id="settings-root-causes"
      >
        <RootCausesSection />
      </OnlyFor>
      <OnlyFor procedure="reporting.setHomes" title="Homes owned" id="settings-homes">
        <HomesOwnedSection />
      </OnlyFor>
      <OnlyFor procedure="houseStyle.set" title="Letters" id="settings-letters">
        <LetterSetupSection />
      </OnlyFor>

      <OnlyFor procedure="backup.export" title="Backup" id="settings-backup">
        <BackupSection />
      </OnlyFor>

      <AuditSection />

      <DatesAndLanguageSection />

      <Section title="This computer" id="settings-computer" titleSize="h3" p="lg" stack gap="md">
        <Table variant="vertical" layout="fixed" withTableBorder maw={760} aria-label="This computer">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={250}>
                Case reference code
              </Table.Th>
              <Table.Td>
                <Code>{app.installation.code}</Code>{' '}
                <Text span size="sm" c="dimmed">
                  (in every reference this computer gives, e.g. RD-26-{app.installation.code}-0001)
                </Text>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Data folder</Table.Th>
              <Table.Td>
                <Code style={{ wordBreak: 'break-all' }}>{app.dataDir}</Code>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Section>
    </Stack>
  );
}
