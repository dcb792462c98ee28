import type { policyProcedures } from '../../../shared/contract/policy';
import { policyView, updatePolicy } from '../../services/complaints/policy';
import type { HandlersFor } from '../types';

export const policyHandlers: HandlersFor<typeof policyProcedures> = {
  'policy.get': (ctx) => policyView(ctx),
  'policy.update': (ctx, input) => updatePolicy(ctx, input.policy),
};
