// Words a nurse reads for the contract's codes.
import type { Session } from '../../../shared/contract/sessions.contract';

export const ROUTE_LABELS: Readonly<Record<Session['route'], string>> = {
  iv: 'IV infusion',
  im: 'Intramuscular',
  intranasal: 'Intranasal esketamine',
};
