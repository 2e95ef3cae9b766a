// Limits of the statements page, apart from the contract so the page can read them without
// bundling zod (its schemas use `Function`, which the page's CSP refuses).

/** A statement covers at most a year: a month is the usual period. */
export const STATEMENT_MAX_DAYS = 366;
/** Lines the page shows at once; the files always hold every line. */
export const STATEMENT_PAGE_LINES = 200;
