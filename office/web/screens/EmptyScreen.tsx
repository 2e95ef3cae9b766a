// A page whose data is not built yet: it says what it will show, never pretends to show it.
import { type OfficeKey, useT } from '../i18n';

export function EmptyScreen({ title, text }: { title: OfficeKey; text: OfficeKey }) {
  const t = useT();
  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <h2 id="office-page-title" className="office-page-title">
        {t(title)}
      </h2>
      <div className="office-empty" data-testid="office-empty">
        <p className="office-empty-label">{t('empty.soon')}</p>
        <p>{t(text)}</p>
      </div>
    </section>
  );
}
