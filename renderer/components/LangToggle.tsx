// ID / EN as one button, worded by the caller: the till's LangSwitch and the office's page both
// show it, each with its own label from its own dictionary.
import { useLang } from '../i18n/lang';

export function LangToggle({ label, onPaper = false }: { label: string; onPaper?: boolean }) {
  const lang = useLang((s) => s.lang);
  const setLang = useLang((s) => s.setLang);
  return (
    <button
      type="button"
      className={onPaper ? 'lang-switch lang-switch-paper' : 'lang-switch'}
      data-testid="lang-switch"
      aria-label={label}
      title={label}
      onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
    >
      <span className={lang === 'id' ? 'lang-on' : undefined}>ID</span>
      <span aria-hidden="true">/</span>
      <span className={lang === 'en' ? 'lang-on' : undefined}>EN</span>
    </button>
  );
}
