// Learning from complaints from scripts: a case's learning and satisfaction, the landlord's root
// causes, and the service improvement tracker. Each command is one procedure call (the app's rules).
import type { CaseLearning, Improvement } from '../../shared/contract/learning';
import { isIsoDate } from '../../shared/complaints/calendar';
import {
  IMPROVEMENT_STATUSES,
  IMPROVEMENT_STATUS_LABELS,
  SERVICE_AREAS,
  SERVICE_AREA_LABELS,
  type ImprovementStatus,
  type ServiceArea,
} from '../../shared/domain/vocabulary';
import { Flags, UsageError } from './args';
import { call, print, type Command } from './io';
import type { RedressApp } from '../app';

function serviceArea(f: Flags): ServiceArea | undefined {
  const v = f.string('service-area');
  if (v === undefined) return undefined;
  if (!(SERVICE_AREAS as readonly string[]).includes(v))
    throw new UsageError(`--service-area must be one of: ${SERVICE_AREAS.join(', ')}`);
  return v as ServiceArea;
}

function status(f: Flags): ImprovementStatus | undefined {
  const v = f.string('status');
  if (v === undefined) return undefined;
  if (!(IMPROVEMENT_STATUSES as readonly string[]).includes(v))
    throw new UsageError(`--status must be one of: ${IMPROVEMENT_STATUSES.join(', ')}`);
  return v as ImprovementStatus;
}

function score(f: Flags, name: string): number {
  const v = f.required(name, '4');
  if (!/^[1-5]$/.test(v)) throw new UsageError(`--${name} must be a score from 1 to 5, not "${v}"`);
  return Number(v);
}

async function caseId(app: RedressApp, key: string | undefined, example: string): Promise<string> {
  if (!key) throw new UsageError(`Give the case reference or id, e.g. ${example}`);
  return (await call(app, 'cases.get', { idOrReference: key })).case.id;
}

function learningLines(l: CaseLearning): string {
  const s = l.satisfaction;
  return [
    `${l.reference}`,
    `  Service area:    ${l.serviceArea ? SERVICE_AREA_LABELS[l.serviceArea] : '—'}`,
    `  Root cause:      ${l.rootCause ?? '—'}`,
    `  Lesson learned:  ${l.lesson ?? '—'}`,
    `  Satisfaction:    ${s ? `handling ${s.handling}/5, outcome ${s.outcome}/5 (asked ${s.askedOn})` : '—'}`,
  ].join('\n');
}

function improvementLine(i: Improvement): string {
  const refs = i.cases.map((c) => c.reference).join(', ') || 'no cases';
  return `${i.id}  ${IMPROVEMENT_STATUS_LABELS[i.status]}  ${i.title} (owner: ${i.owner}; ${i.caseCount} linked: ${refs})`;
}

export const learningCommands: Record<string, Command> = {
  async 'learning set'(app, f, p, io) {
    const input = {
      serviceArea: serviceArea(f),
      rootCause: f.string('root-cause'),
      lesson: f.string('lesson'),
    };
    f.rejectUnknown();
    if (input.serviceArea === undefined && input.rootCause === undefined && input.lesson === undefined)
      throw new UsageError('Give at least one of --service-area, --root-cause or --lesson');
    const id = await caseId(app, p[0], 'learning set RD-26-K7-0001 --root-cause "Appointment missed"');
    const l = await call(app, 'learning.set', { caseId: id, ...input });
    print(io, l, () => learningLines(l));
  },

  async 'learning root-causes'(app, f, _p, io) {
    f.rejectUnknown();
    const r = await call(app, 'learning.rootCauses', {});
    print(io, r, () => r.causes.join('\n'));
  },

  async 'satisfaction record'(app, f, p, io) {
    const input = {
      handling: score(f, 'handling'),
      outcome: score(f, 'outcome'),
      comment: f.string('comment'),
      on: f.string('on'),
    };
    f.rejectUnknown();
    if (input.on !== undefined && !isIsoDate(input.on))
      throw new UsageError(`--on must be a date as YYYY-MM-DD, not "${input.on}"`);
    const id = await caseId(app, p[0], 'satisfaction record RD-26-K7-0001 --handling 4 --outcome 3');
    const l = await call(app, 'satisfaction.record', { caseId: id, ...input });
    print(io, l, () => learningLines(l));
  },

  async 'improvement add'(app, f, _p, io) {
    const input = {
      title: f.required('title', '"Text residents the day before a repair"'),
      owner: f.required('owner', '"Head of Repairs"'),
      serviceArea: serviceArea(f),
      youSaid: f.string('you-said'),
      weDid: f.string('we-did'),
    };
    f.rejectUnknown();
    const i = await call(app, 'improvements.add', input);
    print(io, i, () => i.id);
  },

  async 'improvement update'(app, f, p, io) {
    const id = p[0];
    if (!id) throw new UsageError('Give the improvement id, e.g. improvement update 0193… --status done');
    const changes = Object.fromEntries(
      Object.entries({
        title: f.string('title'),
        owner: f.string('owner'),
        status: status(f),
        serviceArea: serviceArea(f),
        youSaid: f.string('you-said'),
        weDid: f.string('we-did'),
      }).filter(([, v]) => v !== undefined),
    );
    f.rejectUnknown();
    const i = await call(app, 'improvements.update', { id, changes });
    print(io, i, () => improvementLine(i));
  },

  async 'improvement link'(app, f, p, io) {
    f.rejectUnknown();
    const improvementId = p[0];
    if (!improvementId)
      throw new UsageError('Give the improvement id and a case, e.g. improvement link 0193… RD-26-K7-0001');
    const i = await call(app, 'improvements.link', {
      improvementId,
      caseId: await caseId(app, p[1], 'improvement link 0193… RD-26-K7-0001'),
    });
    print(io, i, () => improvementLine(i));
  },

  async 'improvement unlink'(app, f, p, io) {
    f.rejectUnknown();
    const improvementId = p[0];
    if (!improvementId)
      throw new UsageError('Give the improvement id and a case, e.g. improvement unlink 0193… RD-26-K7-0001');
    const i = await call(app, 'improvements.unlink', {
      improvementId,
      caseId: await caseId(app, p[1], 'improvement unlink 0193… RD-26-K7-0001'),
    });
    print(io, i, () => improvementLine(i));
  },

  async 'improvement list'(app, f, _p, io) {
    const s = status(f);
    f.rejectUnknown();
    const list = await call(app, 'improvements.list', { status: s });
    print(io, list, () =>
      list.length ? list.map(improvementLine).join('\n') : 'No service improvements yet.',
    );
  },
};

export const LEARNING_USAGE = `  learning set REF [--service-area AREA] [--root-cause CAUSE] [--lesson TEXT]
                                                      CAUSE from the landlord's list (learning root-causes)
  learning root-causes [--json]                       the landlord's list of root causes
  satisfaction record REF --handling 1-5 --outcome 1-5 [--comment TEXT] [--on DATE]
                                                      after closure; DATE the resident was asked (default today)
  improvement add --title T --owner O [--service-area AREA] [--you-said T] [--we-did T]   prints the id
  improvement update IMP-ID [--status proposed|in_progress|done] [--title T] [--owner O] [--you-said T] [--we-did T]
  improvement link | unlink IMP-ID REF
  improvement list [--status S] [--json]              each with its linked cases`;
