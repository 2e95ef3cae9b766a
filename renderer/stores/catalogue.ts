// The catalogue the sale screen sells from: every product (up to 10,000, in the order of the
// Kategori screen) for the tiles and the category chips, loaded when the sale screen opens and again
// whenever a screen of this till changes the catalogue: a package applied, an import committed, a
// product, unit, workshop or category saved, a scale PLU set. Those screens call `changed()` after
// the engine said yes, so the sale screen's tiles and search never show a price or a product from
// before the change, even while it stays open. A change by another door (the command line) shows the
// next time the sale screen opens. It is loaded again when the business day moves on too (the top
// bar reads app.info every minute and says the day here): a price the office set from that day is
// the price from then, and a tile still showing yesterday's would make the pay dialog's total wrong.
import { create } from 'zustand';
import { MAX_LIST_PRODUCTS, type Product } from '../../shared/contract';
import { call } from '../api/client';
import { inCategoryOrder } from '../screens/categoryOrder';

interface CatalogueState {
  /** Every product, in category order; empty until the first load. */
  products: readonly Product[];
  /** Counts the changes this till made: the sale screen asks its search again when it moves. */
  revision: number;
  /** Loads the whole catalogue; a load that an older one answers after is dropped. */
  load: () => Promise<void>;
  /** A screen changed the catalogue: load it again and tell the searches. */
  changed: () => Promise<void>;
  /** The business day the engine last said; null until it first says one. */
  businessDay: string | null;
  /** The engine's business day now (app.info): a day other than the last one reloads the catalogue. */
  dayIs: (businessDay: string) => void;
}

let latestLoad = 0;

export const useCatalogue = create<CatalogueState>()((set, get) => ({
  products: [],
  revision: 0,
  load: async () => {
    const ticket = ++latestLoad;
    const [products, categories] = await Promise.all([
      call('products.list', { limit: MAX_LIST_PRODUCTS }),
      call('categories.list', {}),
    ]);
    if (ticket === latestLoad) set({ products: inCategoryOrder(products, categories) });
  },
  changed: async () => {
    set({ revision: get().revision + 1 });
    await get().load();
  },
  businessDay: null,
  dayIs: (businessDay) => {
    const before = get().businessDay;
    if (before === businessDay) return;
    set({ businessDay });
    if (before !== null) catalogueChanged();
  },
}));

/** For the screens that change the catalogue: reloads it, never failing the change that was made. */
export function catalogueChanged(): void {
  useCatalogue
    .getState()
    .changed()
    .catch(() => undefined);
}
