// An instant from the server as date and time in the browser's own zone and the page's language.
import type { Lang } from '../i18n';

export function formatInstant(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
