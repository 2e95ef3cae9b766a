// Codes the catalogue names things by, kept in a module of their own (no zod, no messages) so the
// package format and the contract share them without loading each other.

/** A producing unit's code: `LPS-PALU`, `RUTAN.DONGGALA`. */
export const PRODUCER_CODE = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;

/** A price tier's code: `GROSIR` (the till's price_tiers table checks the same). */
export const TIER_CODE = /^[A-Z0-9]{1,16}$/;
