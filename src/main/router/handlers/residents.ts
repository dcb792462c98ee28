import type { residentProcedures } from '../../../shared/contract/residents';
import { createResident, findResidents, getResident, updateResident } from '../../services/residents';
import type { HandlersFor } from '../types';
import { viewed } from '../../services/audit/recordView';

export const residentHandlers: HandlersFor<typeof residentProcedures> = {
  'residents.find': (ctx, input) => findResidents(ctx, input),
  'residents.get': (ctx, input) =>
    viewed(ctx, getResident(ctx, input.id), (d) => ({
      action: 'viewed',
      entity: 'resident',
      id: d.resident.id,
    })),
  'residents.create': (ctx, input) => createResident(ctx, input),
  'residents.update': (ctx, input) => updateResident(ctx, input),
};
