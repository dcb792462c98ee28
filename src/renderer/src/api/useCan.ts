// What the signed-in person's role may call, read from the contract's own `allow`: the same data
// the main process enforces, so hiding a control never disagrees with the refusal behind it.
import { contract, type ProcedureName } from '../../../shared/contract';
import { forbiddenMessage, mayCall } from '../../../shared/domain/roles';
import { useSession } from './SessionContext';

/** Whether the signed-in person may call `procedure`. */
export function useCan(procedure: ProcedureName): boolean {
  const { me } = useSession();
  return mayCall(contract[procedure].properties.allow, me.role);
}

/** The plain sentence shown where a control is hidden: "Only managers and administrators can …". */
export function whoMayCall(procedure: ProcedureName): string {
  const { allow, does } = contract[procedure].properties;
  return forbiddenMessage(allow, does);
}
