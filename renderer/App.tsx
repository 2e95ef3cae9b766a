import { useEffect } from 'react';
import { useLang, useT } from './i18n';
import { SaleScreen } from './screens/SaleScreen';

export function App() {
  const t = useT();
  const lang = useLang((s) => s.lang);

  // Screen readers and the browser's own spell-check follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  return <SaleScreen />;
}
