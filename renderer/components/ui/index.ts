// The component kit every screen builds its forms and tables from.
export { Banner, type BannerTone } from './Banner';
export { type Column, DataTable } from './DataTable';
export { Dialog } from './Dialog';
export { FormRow } from './FormRow';
export { qtyOf, readMoney, readQty, readRupiah, showMoney, showQty } from './fieldRules';
export { MoneyField } from './MoneyField';
export { QtyField } from './QtyField';
