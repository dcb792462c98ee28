// The lifecycle's steps as a schema (src/shared/complaints/lifecycleCommand.ts): what the state
// machine applies is exactly what the schema produces, and the contract checks requests with it.
import { describe, expect, it } from 'vitest';
import { calendarFor } from '../../src/main/calendars';
import { applyCommand, EMPTY_FACTS, type LifecycleCommand } from '../../src/shared/complaints/lifecycle';
import {
  lifecycleCommandRequestSchema,
  lifecycleCommandSchema,
} from '../../src/shared/complaints/lifecycleCommand';
import { CODE_POLICY } from '../../src/shared/complaints/policy';
import { LifecycleCommandInput } from '../../src/shared/contract/complaintInputs';

const HANDLER = '0193a0d2-7b4c-7d2e-8f00-000000000001';
const kinds = (schema: typeof lifecycleCommandSchema | typeof lifecycleCommandRequestSchema) =>
  schema.options.map((o) => o.shape.kind.value).sort();

describe('the lifecycle command schema', () => {
  it('offers the same steps to officers as the state machine applies, and the contract uses it', () => {
    expect(kinds(lifecycleCommandRequestSchema)).toEqual(kinds(lifecycleCommandSchema));
    expect(kinds(lifecycleCommandSchema)).toHaveLength(12);
    expect(LifecycleCommandInput).toBe(lifecycleCommandRequestSchema);
  });

  it('needs the handler to acknowledge; an officer may leave it out (they become the handler)', () => {
    const asked = { kind: 'acknowledge', on: '2026-04-08', how: 'phone' };
    expect(lifecycleCommandRequestSchema.safeParse(asked).success).toBe(true);
    expect(lifecycleCommandRequestSchema.safeParse({ ...asked, handlerId: null }).success).toBe(true);
    const missing = lifecycleCommandSchema.safeParse(asked);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toEqual(['handlerId']);
    expect(lifecycleCommandSchema.parse({ ...asked, handlerId: HANDLER })).toEqual({
      ...asked,
      handlerId: HANDLER,
    });
  });

  it('trims text, turns a blank note into none and leaves an absent one absent', () => {
    expect(lifecycleCommandSchema.parse({ kind: 'close', on: '2026-04-08', note: '  ' })).toEqual({
      kind: 'close',
      on: '2026-04-08',
      note: null,
    });
    expect(lifecycleCommandSchema.parse({ kind: 'close', on: '2026-04-08' })).toEqual({
      kind: 'close',
      on: '2026-04-08',
    });
    expect(
      lifecycleCommandSchema.parse({ kind: 'withdraw', on: '2026-04-08', note: ' Repair done. ' }),
    ).toMatchObject({ note: 'Repair done.' });
    const blank = lifecycleCommandSchema.safeParse({ kind: 'withdraw', on: '2026-04-08', note: '   ' });
    expect(blank.error?.issues.map((i) => i.message)).toEqual([
      'How and why the resident withdrew is required',
    ]);
    const badDate = lifecycleCommandSchema.safeParse({ kind: 'respond', on: '2026-02-30' });
    expect(badDate.error?.issues.map((i) => i.message)).toEqual(['Must be a real date (YYYY-MM-DD)']);
  });

  it('produces commands the state machine applies as they are', () => {
    const command: LifecycleCommand = lifecycleCommandSchema.parse({
      kind: 'acknowledge',
      on: '2026-04-08',
      how: 'email',
      handlerId: HANDLER,
    });
    const result = applyCommand(
      { ...EMPTY_FACTS, type: 'complaint', status: 'open', receivedOn: '2026-04-01' },
      command,
      { policy: CODE_POLICY, calendar: calendarFor(CODE_POLICY), today: '2026-04-08', undecidedPoints: 0 },
    );
    expect(result).toMatchObject({ ok: true, changes: { status: 'stage1', stage1HandlerId: HANDLER } });
  });
});
