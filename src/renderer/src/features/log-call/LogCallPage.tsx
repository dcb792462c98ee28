import { Alert, Button, Group, Kbd, Loader, Stack, Text } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBriefcase } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CaseRow, LogCallResult, ResidentSummary } from '../../../../shared/contract/types';
import { CASE_TYPE_LABELS, type Channel, type Direction } from '../../../../shared/domain/vocabulary';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { navigate } from '../../nav/useRoute';
import { useModKey } from '../../ui/useModKey';
import { PageTitle } from '../../ui/PageTitle';
import { Section } from '../../ui/Section';
import { CallDetailsFields } from './CallDetailsFields';
import { ClassificationField, type Classification } from './ClassificationField';
import { LastLoggedAlert } from './LastLoggedAlert';
import { lastLogged, rememberLastLogged } from './lastLogged';
import { NewResidentForm } from './NewResidentForm';
import { newResidentFromQuery, type NewResidentValues } from './newResident';
import { ResidentFinder } from './ResidentFinder';
import { SelectedResident } from './SelectedResident';
import { stillWrong } from '../../ui/stillWrong';
import { checkCall, NO_ERRORS, useSubmitCall, type CallDraft, type SubmitErrors } from './useSubmitCall';

type ResidentChoice = CallDraft['resident'];
interface CaseContext {
  id: string;
  reference: string;
  type: CaseRow['type'];
}

export function LogCallPage({
  residentId,
  caseId,
}: {
  residentId?: string | undefined;
  caseId?: string | undefined;
}) {
  const api = useApi();
  const modKey = useModKey();
  const [resident, setResident] = useState<ResidentChoice>({ kind: 'none' });
  const [caseContext, setCaseContext] = useState<CaseContext | null>(null);
  const [channel, setChannel] = useState<Channel>('phone');
  const [direction, setDirection] = useState<Direction>('inbound');
  const [summary, setSummary] = useState('');
  const [at, setAt] = useState('');
  const [classification, setClassification] = useState<Classification | null>(null);
  const [last, setLast] = useState<LogCallResult | null>(lastLogged);
  const [prefill, setPrefill] = useState<{ loading: boolean; error: string | null }>({
    loading: Boolean(residentId || caseId),
    error: null,
  });

  const formRef = useRef<HTMLFormElement>(null);
  const finderRef = useRef<HTMLInputElement>(null);
  const newNameRef = useRef<HTMLInputElement>(null);
  const channelRef = useRef<HTMLDivElement>(null);
  // Where focus should go once the next render has put it on screen.
  const focusNext = useRef<'finder' | 'newName' | 'channel' | 'firstError' | null>(
    residentId || caseId ? 'channel' : 'finder',
  );
  const setFocusNext = (target: typeof focusNext.current) => {
    focusNext.current = target;
  };

  const {
    submit,
    saving,
    errors: found,
    setErrors,
  } = useSubmitCall({
    onResidentCreated: (created) => setResident({ kind: 'existing', summary: created }),
    onLogged: (result) => {
      rememberLastLogged(result);
      setLast(result);
      notifyLogged(result);
      resetForm();
    },
  });

  // Opened from a case or a resident page: fill in who and which case.
  useEffect(() => {
    if (!residentId && !caseId) return;
    let cancelled = false;
    (async () => {
      try {
        let rid = residentId ?? null;
        if (caseId) {
          const detail = await api.call('cases.get', { idOrReference: caseId });
          if (cancelled) return;
          setCaseContext({ id: detail.case.id, reference: detail.case.reference, type: detail.case.type });
          rid = rid ?? detail.case.residentId;
        }
        if (rid) {
          const r = await api.call('residents.get', { id: rid });
          if (cancelled) return;
          setResident({
            kind: 'existing',
            summary: {
              id: r.resident.id,
              name: r.resident.name,
              phone: r.resident.phone,
              address: r.property?.addressLine1 ?? null,
              postcode: r.property?.postcode ?? null,
              vulnerable: r.resident.vulnerable,
            },
          });
        }
        setPrefill({ loading: false, error: null });
        setFocusNext('channel');
      } catch (error) {
        if (!cancelled) setPrefill({ loading: false, error: messageOf(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, residentId, caseId]);

  // What the last save found wrong, less what the officer has put right since.
  const now = found.found ? checkCall(draft()) : null;
  const errors: SubmitErrors = now
    ? { ...found, call: stillWrong(found.call, now.call), resident: stillWrong(found.resident, now.resident) }
    : found;

  // Move focus after the thing it should land on has rendered.
  const showingErrors = Boolean(
    Object.keys(errors.call).length || Object.keys(errors.resident).length || errors.form,
  );
  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    if (want === 'firstError' && !showingErrors) return; // not rendered yet (or still saving)
    const form = formRef.current;
    const target =
      want === 'finder'
        ? finderRef.current
        : want === 'newName'
          ? newNameRef.current
          : want === 'channel'
            ? channelRef.current?.querySelector<HTMLInputElement>('input:checked')
            : (form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid-group] input') ??
              form?.querySelector<HTMLElement>('[data-form-error]'));
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  });

  function resetForm() {
    setResident({ kind: 'none' });
    setCaseContext(null);
    setChannel('phone');
    setDirection('inbound');
    setSummary('');
    setAt('');
    setClassification(null);
    setErrors(NO_ERRORS);
    setFocusNext('finder');
    // The address may still say which resident or case this was opened for: clear it.
    if (residentId || caseId) window.history.replaceState(null, '', '#/call');
  }

  function notifyLogged(result: LogCallResult) {
    const ref = result.case?.reference ?? result.contact.caseReference;
    const caseId = result.case?.id ?? result.contact.caseId;
    notifications.show({
      color: 'teal.9',
      title: result.case
        ? `${CASE_TYPE_LABELS[result.case.type]} ${result.case.reference} opened`
        : ref
          ? `Call added to ${ref}`
          : 'Call saved',
      message:
        ref && caseId ? (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconBriefcase size={14} aria-hidden />}
            onClick={() => navigate({ name: 'case', id: caseId })}
          >
            Open case {ref}
          </Button>
        ) : (
          'The call is on the resident’s record.'
        ),
      autoClose: 8000,
    });
  }

  function draft(): CallDraft {
    return { resident, caseId: caseContext?.id ?? null, channel, direction, summary, at, classification };
  }

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    // On failure, focus goes to the first field with a problem (once it shows); success moves it on.
    setFocusNext('firstError');
    await submit(draft());
  }

  // Ctrl/⌘+Enter saves from anywhere in the form; plain Enter in a one-line field never does.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    getHotkeyHandler([['mod+Enter', () => void onSubmit()]])(event);
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && target instanceof HTMLInputElement)
      event.preventDefault();
  }

  const setNewValues = (values: NewResidentValues) => setResident({ kind: 'new', values });

  return (
    <Stack gap="lg" maw={980}>
      <Group justify="space-between" align="flex-end">
        <PageTitle documentTitle="Log a call" takeFocus={false}>
          Log a call
        </PageTitle>
        <Text size="sm" c="dimmed">
          Save with <Kbd>{modKey}</Kbd> + <Kbd>Enter</Kbd>
        </Text>
      </Group>

      {last && <LastLoggedAlert result={last} />}
      {prefill.error && (
        <Alert color="red" role="alert" title="Could not fill in the caller">
          {prefill.error}
        </Alert>
      )}

      <form ref={formRef} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-label="Log a call">
        <Stack gap="lg">
          <Section title="Caller" id="call-who" stack gap="sm">
            {prefill.loading ? (
              <Group gap="xs" role="status">
                <Loader size="sm" aria-hidden />
                <Text size="sm">Loading the resident…</Text>
              </Group>
            ) : resident.kind === 'existing' ? (
              <SelectedResident
                resident={resident.summary}
                caseId={caseContext?.id ?? null}
                onClear={() => {
                  setResident({ kind: 'none' });
                  setFocusNext('finder');
                }}
                onUseCase={(c) => {
                  setCaseContext({ id: c.id, reference: c.reference, type: c.type });
                  setFocusNext('channel');
                }}
              />
            ) : resident.kind === 'new' ? (
              <NewResidentForm
                values={resident.values}
                onChange={setNewValues}
                errors={errors.resident}
                nameRef={newNameRef}
                onCancel={() => {
                  setResident({ kind: 'none' });
                  setErrors({ ...errors, resident: {} });
                  setFocusNext('finder');
                }}
              />
            ) : (
              <Group align="flex-end" gap="sm" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <ResidentFinder
                    inputRef={finderRef}
                    onPick={(r: ResidentSummary) => {
                      setResident({ kind: 'existing', summary: r });
                      setFocusNext('channel');
                    }}
                    onNew={(query) => {
                      setResident({ kind: 'new', values: newResidentFromQuery(query) });
                      setFocusNext('newName');
                    }}
                  />
                </div>
                <Button
                  variant="default"
                  onClick={() => {
                    setResident({
                      kind: 'new',
                      values: newResidentFromQuery(finderRef.current?.value ?? ''),
                    });
                    setFocusNext('newName');
                  }}
                >
                  New resident
                </Button>
              </Group>
            )}
            {resident.kind === 'none' && !prefill.loading && (
              <Text size="xs" c="dimmed">
                Caller would not give their name? Leave this empty and the call is saved without a resident.
              </Text>
            )}
          </Section>

          <Section title="The call" id="call-what" stack gap="md">
            {caseContext && (
              <Alert color="indigo" variant="light" icon={<IconBriefcase aria-hidden />} p="sm">
                <Group justify="space-between">
                  <Text size="sm">
                    This call will be added to {CASE_TYPE_LABELS[caseContext.type].toLowerCase()} case{' '}
                    <strong>{caseContext.reference}</strong>.
                  </Text>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => {
                      setCaseContext(null);
                      if (caseId)
                        window.history.replaceState(
                          null,
                          '',
                          residentId ? `#/call?residentId=${residentId}` : '#/call',
                        );
                    }}
                  >
                    Not about this case
                  </Button>
                </Group>
              </Alert>
            )}
            <CallDetailsFields
              channel={channel}
              direction={direction}
              summary={summary}
              onChannel={setChannel}
              onDirection={setDirection}
              onSummary={setSummary}
              at={at}
              onAt={setAt}
              errors={errors.call}
              channelRef={channelRef}
            />
            {!caseContext && (
              <ClassificationField
                value={classification}
                onChange={setClassification}
                error={errors.call.openCaseAs}
              />
            )}
          </Section>

          {errors.form && (
            <Alert color="red" role="alert" title="Not saved" tabIndex={-1} data-form-error>
              {errors.form}
            </Alert>
          )}

          <Group>
            <Button type="submit" size="md" loading={saving}>
              Save call
            </Button>
            <Button variant="default" size="md" onClick={resetForm} disabled={saving}>
              Clear form
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
