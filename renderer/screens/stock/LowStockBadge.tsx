// For the till: how many products at the selling location are at or below their low-stock level.
// Refreshed when the till opens and after each sale; silent when there are none or on failure.
import './stock.css';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { useCart } from '../../stores/cart';

export function LowStockBadge() {
  const t = useT();
  const [count, setCount] = useState(0);
  const empty = useCart((s) => s.lines.length === 0);

  useEffect(() => {
    if (!empty) return;
    let live = true;
    call('stock.levels', { lowOnly: true, limit: 1 })
      .then(({ total }) => live && setCount(total))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [empty]);

  if (count === 0) return null;
  return (
    <p className="stock-till-low" role="status" data-testid="low-stock-badge">
      {t('stock.till.low', { count })}
    </p>
  );
}
