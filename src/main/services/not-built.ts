// Temporary: channels whose service is being written answer with a plain refusal (removed when all are built).
import { DomainError } from '../../shared/contract/envelope';

export const notBuiltYet = async (): Promise<never> => {
  throw new DomainError('conflict', 'This step is not available yet in this build.');
};
