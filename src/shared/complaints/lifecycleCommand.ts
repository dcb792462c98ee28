// The steps of the Code's lifecycle as data: one zod schema per step. The state machine's command
// type (LifecycleCommand in lifecycle.ts) is what this schema produces, and the contract checks what arrives
// from the app and the CLI with the same schema, so the two cannot drift apart.
import { z } from 'zod';
import { CASE_TYPES, CHANNELS, EXCLUSION_REASONS } from '../domain/vocabulary';
import { isoDate, recordId, requiredText, text } from '../domain/fields';

// Left out, blank or null: the state machine treats all three as "none given". Optional on the
// way out too (unlike optionalText), so a step may be written without the note it does not need.
const note = (max: number) =>
  text(max)
    .nullable()
    .transform((v) => (v ? v : null))
    .optional();

const triage = z.object({ kind: z.literal('triage'), type: z.enum(CASE_TYPES), on: isoDate });
const decline = z.object({
  kind: z.literal('decline'),
  on: isoDate,
  reason: z.enum(EXCLUSION_REASONS),
  explanation: requiredText(5000, 'A written explanation'),
});
const acknowledge = z.object({
  kind: z.literal('acknowledge'),
  on: isoDate,
  how: z.enum(CHANNELS),
  /** Who handles this stage. */
  handlerId: recordId,
});
const extend = z.object({
  kind: z.literal('extend'),
  newDue: isoDate,
  reason: requiredText(2000, 'The reason for the extension'),
  residentToldOn: isoDate,
  exceptionalReason: note(2000),
});
const respond = z.object({ kind: z.literal('respond'), on: isoDate });
const escalate = z.object({ kind: z.literal('escalate'), requestedOn: isoDate, reason: note(2000) });
const refuseEscalation = z.object({
  kind: z.literal('refuse_escalation'),
  on: isoDate,
  reason: z.enum(EXCLUSION_REASONS),
  explanation: requiredText(5000, 'A written explanation'),
});
const close = z.object({
  kind: z.literal('close'),
  on: isoDate,
  note: note(2000),
  /** Who will see through the promised actions still open (required when there are any). */
  actionsManager: note(300),
});
const withdraw = z.object({
  kind: z.literal('withdraw'),
  on: isoDate,
  note: requiredText(2000, 'How and why the resident withdrew'),
});
const merge = z.object({ kind: z.literal('merge'), on: isoDate, intoCaseId: recordId });
const reopen = z.object({
  kind: z.literal('reopen'),
  on: isoDate,
  note: requiredText(2000, 'Why the case is reopened'),
});
/** Hands the case (and the stage in progress) to another officer. */
const assign = z.object({ kind: z.literal('assign'), handlerId: recordId });

const steps = [
  triage,
  decline,
  extend,
  respond,
  escalate,
  refuseEscalation,
  close,
  withdraw,
  merge,
  reopen,
  assign,
] as const;

/** One lifecycle step, as the state machine applies it. */
export const lifecycleCommandSchema = z.discriminatedUnion('kind', [acknowledge, ...steps]);

/**
 * One lifecycle step as an officer asks for it: acknowledging without naming a handler makes the
 * acknowledging officer the handler (the service fills that in before the state machine runs).
 */
export const lifecycleCommandRequestSchema = z.discriminatedUnion('kind', [
  acknowledge.extend({ handlerId: recordId.optional().nullable() }),
  ...steps,
]);
