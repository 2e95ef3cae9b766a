// The kinds a sale's documents name: tax modes, buyer kinds, payment methods. A leaf module (it
// imports nothing), so the batch format and `karya batch verify` load without the command
// contract and the message catalogue; the contract and settlement re-export these.
export const TAX_MODES = ['off', 'inclusive', 'exclusive'] as const;
export type TaxMode = (typeof TAX_MODES)[number];

export const BUYER_KINDS = ['named', 'reseller'] as const;
export type BuyerKind = (typeof BUYER_KINDS)[number];

export const PAYMENT_METHODS = ['cash', 'qris', 'transfer', 'card'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
