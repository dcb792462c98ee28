// The role matrix, enforced: every procedure in the contract, called through the real router on a
// real store by every role and by nobody signed in. Allowed roles are never refused for their role;
// every other one always is, with the sentence naming who may. Generated from the contract, so a new
// procedure is covered the moment it is declared.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Colleague, type ProcedureName } from '../../src/shared/contract';
import { forbiddenMessage, mayCall } from '../../src/shared/domain/roles';
import { ROLES, type Role } from '../../src/shared/domain/vocabulary';
import { actAs, openTestApp, tempDir, type TestApp } from '../helpers';
import { writeExamples } from '../writeExamples';

type Call = Awaited<ReturnType<typeof openTestApp>>['call'];

let app: TestApp;
let call: Call;
let tmp: { dir: string; remove(): void };
const people = {} as Record<Role, Colleague>;
const inputs = new Map<ProcedureName, unknown>();
const PROCEDURES = Object.keys(contract) as ProcedureName[];

beforeAll(async () => {
  tmp = tempDir('redress-roles-');
  ({ app, call } = await openTestApp(join(tmp.dir, 'store')));
  // A valid input for every write, made for real (as an administrator) so the ids it names exist.
  const tryCall = async (procedure: ProcedureName, input: unknown) => {
    const r = await app.dispatch(procedure, input);
    return r.ok ? r.value : null;
  };
  for (const example of writeExamples({ app, dir: tmp.dir, call: tryCall })) {
    const input = await example.input();
    inputs.set(example.procedure, input);
    await tryCall(example.procedure, input);
  }
  // The roles' colleagues are added after the examples, so none of them is deactivated by one.
  for (const role of ROLES)
    people[role] = await call('people.add', { name: `A ${role}`, initials: 'AB', role });
}, 120_000);

afterAll(async () => {
  await app?.close();
  tmp?.remove();
});

/** What the router said to `who` calling `procedure`: its error code, or 'ok'. */
async function outcome(
  procedure: ProcedureName,
  who: Role | null,
): Promise<{ code: string; message: string }> {
  actAs(app, who === null ? null : people[who]);
  try {
    const r = await app.dispatch(procedure, inputs.get(procedure) ?? {});
    return r.ok ? { code: 'ok', message: '' } : r.error;
  } finally {
    actAs(app, people.admin);
  }
}

describe('every procedure × every role, through the real router', () => {
  it('covers the whole contract, and every procedure says who may call it', () => {
    expect(PROCEDURES.length).toBeGreaterThan(100);
    for (const p of PROCEDURES) {
      const { allow, does } = contract[p].properties;
      expect(allow === 'anyone' || (Array.isArray(allow) && allow.length > 0), p).toBe(true);
      // A procedure not everyone may call says what it does, for the refusal and the docs.
      if (allow !== 'anyone' && allow.length < ROLES.length) expect(does, p).toBeTruthy();
    }
  });

  it('refuses exactly the roles a procedure does not allow, and nobody signed in unless it allows anyone', async () => {
    const wrong: string[] = [];
    for (const procedure of PROCEDURES) {
      const { allow, does } = contract[procedure].properties;
      for (const who of [...ROLES, null]) {
        const { code, message } = await outcome(procedure, who);
        const refused = code === 'FORBIDDEN' || code === 'SIGNED_OUT';
        const allowed = mayCall(allow, who);
        if (allowed && refused) wrong.push(`${procedure} as ${who}: refused (${message})`);
        if (!allowed && who === null && code !== 'SIGNED_OUT')
          wrong.push(`${procedure} signed out: ${code}, not SIGNED_OUT`);
        if (!allowed && who !== null && (code !== 'FORBIDDEN' || message !== forbiddenMessage(allow, does)))
          wrong.push(`${procedure} as ${who}: ${code} ${message}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});

describe('the matrix the issue asks for', () => {
  const allowed = (p: ProcedureName) => {
    const { allow } = contract[p].properties;
    return allow === 'anyone' ? 'anyone' : ROLES.filter((r) => allow.includes(r)).join(' ');
  };

  it.each([
    ['policy.update', 'manager admin'],
    ['paragraphs.save', 'manager admin'],
    ['houseStyle.set', 'manager admin'],
    ['templates.import', 'manager admin'],
    ['templates.retire', 'manager admin'],
    ['remedies.approve', 'manager admin'],
    ['remedies.updateSettings', 'manager admin'],
    ['people.add', 'admin'],
    ['people.update', 'admin'],
    ['teams.update', 'admin'],
    ['share.connect', 'admin'],
    ['share.disconnect', 'admin'],
    ['app.status', 'anyone'],
    ['people.setUpOfficer', 'anyone'],
    ['cases.open', 'officer senior_officer manager admin'],
    ['cases.command', 'officer senior_officer manager admin'],
    ['letters.issue', 'officer senior_officer manager admin'],
    ['work.list', 'officer senior_officer manager admin'],
  ] as Array<[ProcedureName, string]>)('%s: %s', (procedure, roles) => {
    expect(allowed(procedure)).toBe(roles);
  });

  it('says who may in plain words', async () => {
    expect(await outcome('policy.update', 'senior_officer')).toEqual({
      code: 'FORBIDDEN',
      message: 'Only managers and administrators can change the complaints policy.',
    });
    expect(await outcome('people.add', 'manager')).toEqual({
      code: 'FORBIDDEN',
      message: 'Only administrators can add people.',
    });
    expect(await outcome('cases.list', null)).toEqual({
      code: 'SIGNED_OUT',
      message: 'Sign in to Redress first.',
    });
  });
});

describe('rules that depend on the record as well as the role', () => {
  async function awaitingStage2(): Promise<string> {
    actAs(app, people.officer);
    const { id } = await call('cases.open', { type: 'complaint', summary: 'Damp in the hall' });
    const today = app.context.now().toISOString().slice(0, 10);
    await call('cases.command', { id, command: { kind: 'acknowledge', on: today, how: 'phone' } });
    await call('cases.command', { id, command: { kind: 'respond', on: today } });
    await call('cases.command', {
      id,
      command: { kind: 'escalate', requestedOn: today, reason: 'Still damp' },
    });
    return id;
  }
  const acknowledgeStage2 = (id: string, handlerId: string) =>
    app.dispatch('cases.command', {
      id,
      command: {
        kind: 'acknowledge',
        on: app.context.now().toISOString().slice(0, 10),
        how: 'phone',
        handlerId,
      },
    });

  it('stage 2 goes to a senior officer or above who did not handle stage 1; hand-over follows the same rule', async () => {
    const colleague = await call('people.add', { name: 'Ola Officer', initials: 'OO', role: 'officer' });
    const id = await awaitingStage2();
    actAs(app, people.manager);
    const toOfficer = await acknowledgeStage2(id, people.officer.id);
    expect(toOfficer.ok || toOfficer.error.message).toBe(
      'Stage 2 must be handled by someone other than the stage 1 handler.',
    );
    const toJunior = await acknowledgeStage2(id, colleague.id);
    expect(toJunior.ok || toJunior.error).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining(
        'Ola Officer is an officer: stage 2 is handled by a senior officer, a manager or an administrator.',
      ),
    });
    const toSenior = await acknowledgeStage2(id, people.senior_officer.id);
    expect(toSenior.ok).toBe(true);
    const handOver = await app.dispatch('cases.command', {
      id,
      command: { kind: 'assign', handlerId: colleague.id },
    });
    expect(handOver.ok).toBe(false);
    expect(
      (await app.dispatch('cases.command', { id, command: { kind: 'assign', handlerId: people.manager.id } }))
        .ok,
    ).toBe(true);
    actAs(app, people.admin);
  });

  it("another officer's work list is a manager's view; an officer sees their own and the team's open cases", async () => {
    actAs(app, people.officer);
    expect((await app.dispatch('work.list', { mine: true })).ok).toBe(true);
    expect((await app.dispatch('work.list', { ownerId: people.officer.id })).ok).toBe(true);
    expect((await app.dispatch('work.list', {})).ok).toBe(true);
    expect(await app.dispatch('work.list', { ownerId: people.manager.id })).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Only managers and administrators can see another officer’s work.',
      },
    });
    actAs(app, people.manager);
    expect((await app.dispatch('work.list', { ownerId: people.officer.id })).ok).toBe(true);
    actAs(app, people.admin);
  });
});
