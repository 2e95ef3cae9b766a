// The office page's words, Indonesian first and English matching it key for key (typed), over the
// till's language store: the same ID/EN choice, kept in this browser.
import { type Lang, makeTranslator, type Params, useTranslate } from '../../../renderer/i18n/lang';
import { catalogueEn } from './areas/catalogue.en';
import { catalogueId } from './areas/catalogue.id';
import { enrolEn } from './areas/enrol.en';
import { enrolId } from './areas/enrol.id';
import { peopleEn } from './areas/people.en';
import { peopleId } from './areas/people.id';
import { readPagesEn } from './areas/readPages.en';
import { readPagesId } from './areas/readPages.id';
import { receiveEn } from './areas/receive.en';
import { receiveId } from './areas/receive.id';
import { settingsEn } from './areas/settings.en';
import { settingsId } from './areas/settings.id';
import { shellEn } from './areas/shell.en';
import { shellId } from './areas/shell.id';
import { statementsEn } from './areas/statements.en';
import { statementsId } from './areas/statements.id';
import { stockEn } from './areas/stock.en';
import { stockId } from './areas/stock.id';

export { type Lang, useLang } from '../../../renderer/i18n/lang';

const id = {
  ...shellId,
  ...peopleId,
  ...settingsId,
  ...statementsId,
  ...stockId,
  ...readPagesId,
  ...receiveId,
  ...catalogueId,
  ...enrolId,
};
export type OfficeKey = keyof typeof id;
const en: Record<OfficeKey, string> = {
  ...shellEn,
  ...peopleEn,
  ...settingsEn,
  ...statementsEn,
  ...stockEn,
  ...readPagesEn,
  ...receiveEn,
  ...catalogueEn,
  ...enrolEn,
};

export const dictionaries: Record<Lang, Record<OfficeKey, string>> = { id, en };
export const { t, translate } = makeTranslator<OfficeKey>(dictionaries);

/** Components use this so they re-render when the language changes. */
export function useT(): (key: OfficeKey, params?: Params) => string {
  return useTranslate(translate);
}
