// ID / EN: the language switch of the top bar, the sign-in screen and first-run setup. The choice
// is kept on this laptop (localStorage), so the next person finds the till as it was left.
import { useLang, useT } from '../i18n';

export function LangSwitch({ onPaper = false }: { onPaper?: boolean }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const setLang = useLang((s) => s.setLang);
  return (
    <button
      type="button"
      className={onPaper ? 'lang-switch lang-switch-paper' : 'lang-switch'}
      data-testid="lang-switch"
      aria-label={t('lang.switch')}
      title={t('lang.switch')}
      onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
    >
      <span className={lang === 'id' ? 'lang-on' : undefined}>ID</span>
      <span aria-hidden="true">/</span>
      <span className={lang === 'en' ? 'lang-on' : undefined}>EN</span>
    </button>
  );
}
