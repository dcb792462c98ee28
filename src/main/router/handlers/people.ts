import type { peopleProcedures } from '../../../shared/contract/people';
import { addColleague, listColleagues, updateColleague } from '../../services/people/colleagues';
import { listTeams, updateTeams } from '../../services/people/teams';
import type { HandlersFor } from '../types';

export const peopleHandlers: HandlersFor<typeof peopleProcedures> = {
  'people.list': (ctx) => listColleagues(ctx),
  'people.add': (ctx, input) => addColleague(ctx, input),
  'people.update': (ctx, input) => updateColleague(ctx, input),
  'teams.list': (ctx) => listTeams(ctx),
  'teams.update': (ctx, input) => updateTeams(ctx, input.teams),
};
