import type { residentProcedures } from '../../../shared/contract/residents';
import { createResident, findResidents, getResident, updateResident } from '../../services/residents';
import type { HandlersFor } from '../types';

export const residentHandlers: HandlersFor<typeof residentProcedures> = {
  'residents.find': (ctx, input) => findResidents(ctx, input),
  'residents.get': (ctx, input) => getResident(ctx, input.id),
  'residents.create': (ctx, input) => createResident(ctx, input),
  'residents.update': (ctx, input) => updateResident(ctx, input),
};
