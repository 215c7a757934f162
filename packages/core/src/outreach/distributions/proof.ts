import { DomainError } from '../../errors/domain-error.ts';
import type { ReceiptProof } from './schemas.ts';

/** A photo proof names its photo; a signature or thumbprint is on paper, so it names none. */
export function checkReceiptProof(proof: ReceiptProof): void {
  if (proof.kind === 'photo' && !proof.photoRef) {
    throw new DomainError('receipt.photo_required', { field: 'proof.photoRef' });
  }
  if (proof.kind !== 'photo' && proof.photoRef) {
    throw new DomainError('receipt.photo_not_expected', {
      field: 'proof.photoRef',
      params: { kind: proof.kind },
    });
  }
}
