// The top of the case page: where the case stands under the Code, any health and safety risk,
// and the next steps allowed. Every change comes back as the whole case, which replaces the page's.
import { Button, Divider, Modal, Stack, Title } from '@mantine/core';
import { IconFirstAidKit } from '@tabler/icons-react';
import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/contract/types';
import { useQuery } from '../../api/useQuery';
import { Section } from '../../ui/Section';
import { ComplaintStatusStrip } from './ComplaintStatusStrip';
import { HealthAndSafetyAlert } from './HealthAndSafetyAlert';
import { HealthAndSafetyForm } from './HealthAndSafetyForm';
import { InvalidValuesAlert } from './InvalidValuesAlert';
import { LifecycleActions } from './LifecycleActions';
import type { OnCaseSaved } from './commandForms/types';

type RiskDialog = 'flag' | 'clear';

export function ComplaintPanel({ detail, onSaved }: { detail: CaseDetail; onSaved: OnCaseSaved }) {
  const c = detail.case;
  const complaint = detail.complaint;
  const policy = useQuery('policy.get', {});
  const [risk, setRisk] = useState<RiskDialog | null>(null);
  const [riskOpened, setRiskOpened] = useState(false);
  const openRisk = (m: RiskDialog) => {
    setRisk(m);
    setRiskOpened(true);
  };
  const closeRisk = () => setRiskOpened(false);
  const hs = complaint.healthAndSafety;
  const isComplaint = complaint.facts.type === 'complaint';

  return (
    <Section
      title={isComplaint ? 'Complaint handling' : 'Progress'}
      id="complaint-handling"
      stack
      gap="md"
      actions={
        !hs &&
        c.status !== 'closed' && (
          <Button
            variant="outline"
            color="red.9"
            size="compact-sm"
            leftSection={<IconFirstAidKit size={16} aria-hidden />}
            onClick={() => openRisk('flag')}
          >
            Flag a health and safety risk
          </Button>
        )
      }
    >
      <InvalidValuesAlert values={complaint.invalidValues} />
      {hs && (
        <HealthAndSafetyAlert risk={hs} onUpdate={() => openRisk('flag')} onClear={() => openRisk('clear')} />
      )}
      <ComplaintStatusStrip
        status={c.status}
        complaint={complaint}
        countingRule={policy.data?.countingRule}
      />
      <Divider />
      <Stack gap={6}>
        <Title order={3} size="h6">
          Next steps
        </Title>
        <LifecycleActions
          caseId={c.id}
          reference={c.reference}
          status={c.status}
          complaint={complaint}
          onSaved={onSaved}
        />
      </Stack>
      <Modal
        opened={riskOpened}
        onClose={closeRisk}
        title={risk === 'clear' ? 'Clear the health and safety flag?' : 'Health and safety risk'}
        size="lg"
        onExitTransitionEnd={() => setRisk(null)}
      >
        {risk && (
          <HealthAndSafetyForm
            mode={risk}
            caseId={c.id}
            reference={c.reference}
            complaint={complaint}
            onCancel={closeRisk}
            onSaved={(d, done) => {
              closeRisk();
              onSaved(d, done);
            }}
          />
        )}
      </Modal>
    </Section>
  );
}
