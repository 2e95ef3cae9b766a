// The till's own texts (the cart panel); the older till texts are in ../id.ts.
export const tillId = {
  'cart.itemsOne': '1 baris',
  'cart.exact': 'Uang pas',
} as const;
