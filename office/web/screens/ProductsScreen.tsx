// Top sellers of each UPT for a month, by net (sold less refunded), from the month's summary.
import { useEffect, useState } from 'react';
import { Banner, type Column, DataTable } from '../../../renderer/components/ui';
import { formatRupiah } from '../../../shared/money';
import type { TopProducts } from '../../../shared/office/contract';
import { call, errorText } from '../api';
import { useLang, useT } from '../i18n';
import { MonthSelect, monthName } from './monthChoice';
import './readPages.css';

type Product = TopProducts['units'][number]['products'][number];

export function ProductsScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [month, setMonth] = useState<string | undefined>(undefined);
  const [data, setData] = useState<TopProducts | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    call('products.top', month ? { month } : {})
      .then((d) => {
        setData(d);
        setCurrent((c) => c ?? d.month);
        setProblem(null);
      })
      .catch((err) => setProblem(errorText(err)));
  }, [month]);
  if (!data) return problem ? <Banner tone="error">{problem}</Banner> : null;
  const qty = (milli: number) =>
    new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 3 }).format(
      milli / 1000,
    );
  const columns: Column<Product>[] = [
    { key: 'sku', header: t('reads.col.sku'), kind: 'code', cell: (p) => p.sku },
    { key: 'name', header: t('reads.col.product'), cell: (p) => p.name },
    { key: 'qty', header: t('reads.col.qty'), kind: 'num', cell: (p) => `${qty(p.qtyMilli)} ${p.unit}` },
    { key: 'net', header: t('reads.col.net'), kind: 'num', cell: (p) => formatRupiah(p.net) },
  ];
  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <div className="office-page-head">
        <h2 id="office-page-title" className="office-page-title">
          {t('reads.products.title')}
        </h2>
        <MonthSelect
          current={current ?? data.month}
          shown={data.month}
          held={data.months}
          label={t('reads.month')}
          onChange={setMonth}
        />
      </div>
      {problem && <Banner tone="error">{problem}</Banner>}
      {data.units.length === 0 && (
        <p className="office-note" data-testid="products-nothing">
          {t('reads.overview.nothing', { month: monthName(data.month, lang) })}
        </p>
      )}
      <div className="office-cards">
        {data.units.map((unit) => (
          <div key={unit.code} className="office-card" data-testid="products-unit" data-unit={unit.code}>
            <h3 className="office-subtitle">
              {unit.name} <span className="office-code">{unit.code}</span>
            </h3>
            <p className="office-note">{t('reads.products.unitNet', { net: formatRupiah(unit.net) })}</p>
            <DataTable
              columns={columns}
              rows={unit.products}
              rowKey={(p) => `${p.sku}/${p.name}/${p.unit}`}
              rowProps={() => ({ 'data-testid': 'products-row' })}
              caption={unit.name}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
