// Settings → Complaint policy: the landlord's timescales, working calendar and closure days.
// The Code's figures are the defaults; looser settings are allowed but called out, as they are
// typed and again when saved.
import { Alert, Button, Fieldset, Group, List, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconRestore } from '@tabler/icons-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { REGION_LABELS, REGIONS, todayIso, type Region } from '../../../../shared/complaints/calendar';
import { CODE_POLICY, POLICY_LABELS, type PolicyWarning } from '../../../../shared/complaints/policy';
import type { PolicyView } from '../../../../shared/contract/complaintTypes';
import { useApi } from '../../api/ApiContext';
import { fieldErrorsFrom, messageOf, type FieldErrors } from '../../api/errors';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { plural } from '../../ui/format';
import { Section } from '../../ui/Section';
import { BankHolidayList } from './BankHolidayList';
import { ClosureDaysField } from './ClosureDaysField';
import { PolicyNumberField } from './PolicyNumberField';
import {
  liveWarnings,
  policyFieldErrors,
  sameAsSaved,
  STAGE_1_FIELDS,
  STAGE_2_FIELDS,
  toForm,
  validatePolicy,
  warningsByField,
  withCodeTimescales,
  type DayField,
  type PolicyFormValues,
} from './policyForm';

const REGION_OPTIONS = REGIONS.map((r) => ({ value: r, label: REGION_LABELS[r] }));

type Outcome =
  | { kind: 'saved'; warnings: PolicyWarning[]; at: Date }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; message: string };

const codeDays = (n: number) => `The Code: ${plural(n, 'working day')}`;

export function ComplaintPolicySection() {
  const query = useQuery('policy.get', {});
  return (
    <Section title="Complaint policy" id="settings-policy" titleSize="h3" p="lg" stack gap="md">
      <Text maw={760}>
        How long your team has for each step of a complaint, and which days count as working days. The
        Complaint Handling Code’s timescales are the defaults. You may set tighter targets; where a setting is
        looser than the Code, Redress says so, but the policy is yours to decide.
      </Text>
      {query.error && !query.data ? (
        <ErrorAlert
          title="The complaint policy could not be loaded"
          error={query.error}
          onRetry={query.reload}
        />
      ) : !query.data ? (
        <PageLoader label="Loading the complaint policy…" />
      ) : (
        <PolicyForm initial={query.data} />
      )}
    </Section>
  );
}

function PolicyForm({ initial }: { initial: PolicyView }) {
  const api = useApi();
  const [view, setView] = useState<PolicyView>(initial);
  const [values, setValues] = useState<PolicyFormValues>(() => toForm(initial.policy));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const today = useMemo(() => todayIso(new Date()), []);

  const warnings = liveWarnings(values);
  const warningFor = warningsByField(warnings);
  const dirty = !sameAsSaved(values, view.policy);

  function set<K extends keyof PolicyFormValues>(key: K, value: PolicyFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const rest = { ...e };
      delete rest[key];
      return rest;
    });
    if (outcome?.kind === 'saved') setOutcome(null);
  }

  function focusFirstError() {
    // After React has shown the errors: the first box marked invalid, in the order of the form.
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    const checked = validatePolicy(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setOutcome({ kind: 'invalid', count: Object.keys(checked.errors).length });
      focusFirstError();
      return;
    }
    setSaving(true);
    setOutcome(null);
    try {
      const saved = await api.call('policy.update', { policy: checked.policy });
      setView(saved);
      setValues(toForm(saved.policy));
      setErrors({});
      setOutcome({ kind: 'saved', warnings: saved.warnings, at: new Date() });
    } catch (error) {
      const fieldErrors = policyFieldErrors(fieldErrorsFrom(error, 'policy'));
      setErrors(fieldErrors);
      const count = Object.keys(fieldErrors).length;
      setOutcome(count > 0 ? { kind: 'invalid', count } : { kind: 'failed', message: messageOf(error) });
      if (count > 0) focusFirstError();
    } finally {
      setSaving(false);
    }
  }

  function dayField(field: DayField) {
    return (
      <PolicyNumberField
        key={field}
        name={field}
        label={POLICY_LABELS[field]}
        description={codeDays(CODE_POLICY[field])}
        value={values[field]}
        onChange={(v) => set(field, v)}
        error={errors[field]}
        warning={warningFor[field]}
        min={0}
        max={60}
        suffix="days"
      />
    );
  }

  const pendingRegion = values.region !== view.region ? values.region : null;

  return (
    <form ref={formRef} onSubmit={save} noValidate aria-label="Complaint policy">
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" maw={1040}>
          <Fieldset legend="Stage 1" radius="md">
            <Stack gap="md">{STAGE_1_FIELDS.map(dayField)}</Stack>
          </Fieldset>
          <Fieldset legend="Stage 2" radius="md">
            <Stack gap="md">{STAGE_2_FIELDS.map(dayField)}</Stack>
          </Fieldset>
        </SimpleGrid>

        <Fieldset legend="Accepting and resolving complaints" radius="md" maw={1040}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <PolicyNumberField
              name="complaintWindowMonths"
              label={POLICY_LABELS.complaintWindowMonths}
              description={`The Code: ${CODE_POLICY.complaintWindowMonths} months`}
              value={values.complaintWindowMonths}
              onChange={(v) => set('complaintWindowMonths', v)}
              error={errors.complaintWindowMonths}
              warning={warningFor.complaintWindowMonths}
              min={1}
              max={36}
              suffix="months"
            />
            <PolicyNumberField
              name="firstContactResolutionHours"
              label={POLICY_LABELS.firstContactResolutionHours}
              description="Optional: leave empty if you set no such aim (the Code sets none)"
              value={values.firstContactResolutionHours}
              onChange={(v) => set('firstContactResolutionHours', v)}
              error={errors.firstContactResolutionHours}
              min={1}
              max={168}
              suffix="hours"
              placeholder="None"
            />
            <PolicyNumberField
              name="retentionYears"
              label={POLICY_LABELS.retentionYears}
              description={`Then listed for review under Retention (usually ${CODE_POLICY.retentionYears} years)`}
              value={values.retentionYears}
              onChange={(v) => set('retentionYears', v)}
              error={errors.retentionYears}
              min={1}
              max={30}
              suffix="years"
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Working days" radius="md" maw={1040}>
          <Stack gap="md">
            <Alert
              variant="light"
              color="indigo"
              icon={<IconInfoCircle aria-hidden />}
              p="sm"
              title="How Redress counts working days"
            >
              {view.countingRule}
            </Alert>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Stack gap="md">
                <Select
                  label={POLICY_LABELS.region}
                  description="Whose bank holidays are not working days"
                  data={REGION_OPTIONS}
                  value={values.region}
                  onChange={(v) => v && set('region', v as Region)}
                  allowDeselect={false}
                  error={errors.region}
                  w={300}
                />
                <ClosureDaysField
                  value={values.closureDays}
                  onChange={(days) => set('closureDays', days)}
                  error={errors.closureDays}
                  warning={warningFor.closureDays}
                  today={today}
                  bankHolidays={view.bankHolidays.map((h) => h.date)}
                />
              </Stack>
              <BankHolidayList
                holidays={view.bankHolidays}
                region={view.region}
                today={today}
                pendingRegion={pendingRegion}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Stack gap="sm" maw={1040}>
          <Text size="sm" aria-live="polite" data-testid="policy-live-summary">
            {warnings.length === 0 ? (
              <>
                <IconCircleCheck
                  size={16}
                  aria-hidden
                  style={{ verticalAlign: '-3px', color: 'var(--mantine-color-green-9)' }}
                />{' '}
                {dirty ? 'As typed, this policy' : 'This policy'} meets the Code’s timescales.
              </>
            ) : (
              <>
                <IconAlertTriangle
                  size={16}
                  aria-hidden
                  style={{ verticalAlign: '-3px', color: 'var(--mantine-color-yellow-9)' }}
                />{' '}
                {dirty ? 'As typed, this policy' : 'This policy'} is looser than the Code in{' '}
                {plural(warnings.length, 'way')} (marked in yellow above).
              </>
            )}
            {dirty && ' You have changes that are not saved yet.'}
          </Text>
          <Group gap="sm">
            <Button type="submit" loading={saving} loaderProps={{ type: 'dots' }}>
              Save complaint policy
            </Button>
            <Button
              variant="subtle"
              leftSection={<IconRestore size={16} aria-hidden />}
              onClick={() => {
                setValues((v) => withCodeTimescales(v));
                setErrors({});
                setOutcome(null);
              }}
              disabled={saving}
            >
              Use the Code’s timescales
            </Button>
            {dirty && (
              <Button
                variant="default"
                onClick={() => {
                  setValues(toForm(view.policy));
                  setErrors({});
                  setOutcome(null);
                }}
                disabled={saving}
              >
                Undo changes
              </Button>
            )}
          </Group>
          {saving && (
            <Text size="sm" role="status">
              Saving the complaint policy…
            </Text>
          )}
          <SaveOutcome outcome={outcome} />
        </Stack>
      </Stack>
    </form>
  );
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });

function SaveOutcome({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'invalid':
      return (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" p="sm">
          The policy was not saved:{' '}
          {outcome.count === 1 ? 'one setting needs' : `${outcome.count} settings need`} correcting. The
          problem is shown next to {outcome.count === 1 ? 'it' : 'each one'}, in red.
        </Alert>
      );
    case 'failed':
      return (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          role="alert"
          title="The policy was not saved"
          p="sm"
        >
          {outcome.message} Your changes are still here: try saving again.
        </Alert>
      );
    case 'saved':
      return (
        <Stack gap="xs" role="status">
          <Alert
            color="green"
            variant="light"
            icon={<IconCircleCheck aria-hidden />}
            title="Complaint policy saved"
            p="sm"
          >
            Saved at {timeFormat.format(outcome.at)}. Redress now works out complaint deadlines with these
            settings.
          </Alert>
          {outcome.warnings.length > 0 && (
            <Alert
              color="yellow"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={`The saved policy is looser than the Code in ${plural(outcome.warnings.length, 'way')}`}
              p="sm"
              data-testid="policy-saved-warnings"
              styles={{ root: { borderLeft: '4px solid var(--mantine-color-yellow-7)' } }}
            >
              <List size="sm" spacing={4}>
                {outcome.warnings.map((w) => (
                  <List.Item key={`${w.field}-${w.message}`}>{w.message}</List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      );
  }
}
