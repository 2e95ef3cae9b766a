// ID / EN: the language switch of the top bar, the sign-in screen and first-run setup. The choice
// is kept on this laptop (localStorage), so the next person finds the till as it was left.
import { useT } from '../i18n';
import { LangToggle } from './LangToggle';

export function LangSwitch({ onPaper = false }: { onPaper?: boolean }) {
  const t = useT();
  return <LangToggle label={t('lang.switch')} onPaper={onPaper} />;
}
