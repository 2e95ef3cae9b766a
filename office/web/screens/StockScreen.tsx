// Stock from the tills: what is on hand per device, location and product (now, or at the end of a
// business day), filtered by unit and location; and a unit's consignment statement for a period,
// per product, in quantities or valued at cost or at price, with its XLSX. The figures are the
// server's (stock.onHand, stock.consignment); this page only filters, lays out and adds up.
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Banner, type Column, DataTable, FormRow } from '../../../renderer/components/ui';
import { formatNumber } from '../../../shared/money';
import type { Consignment, OfficeOutput, StockOnHand, StockUnits } from '../../../shared/office/contract';
import { formatLongDay } from '../../../shared/time';
import { call, errorText } from '../api';
import { type OfficeKey, useLang, useT } from '../i18n';
import './readPages.css';
import './statements.css';
import './stock.css';

type OnHandRow = StockOnHand['rows'][number];
type Product = Consignment['products'][number];
type FlowKey = 'sentOut' | 'sold' | 'refunded' | 'returned' | 'adjusted' | 'short' | 'remaining';
type Values = 'qty' | 'cost' | 'price';

const FLOWS: readonly FlowKey[] = [
  'sentOut',
  'sold',
  'refunded',
  'returned',
  'adjusted',
  'short',
  'remaining',
];

function useQty() {
  const lang = useLang((s) => s.lang);
  const format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 3 });
  return (milli: number, unit?: string) => `${format.format(milli / 1000)}${unit ? ` ${unit}` : ''}`;
}

function download(file: OfficeOutput<'stock.consignmentFile'>): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function StockScreen() {
  const t = useT();
  const [view, setView] = useState<'onHand' | 'consignment'>('onHand');
  const [units, setUnits] = useState<StockUnits | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    call('stock.units', {})
      .then(setUnits)
      .catch((err) => setProblem(errorText(err)));
  }, []);
  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <div className="office-page-head">
        <h2 id="office-page-title" className="office-page-title">
          {t('stock.title')}
        </h2>
        <div className="stock-views">
          {(['onHand', 'consignment'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={v === view ? 'btn btn-primary' : 'btn'}
              aria-pressed={v === view}
              data-testid={`stock-view-${v}`}
              onClick={() => setView(v)}
            >
              {t(`stock.view.${v}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="office-note">{t('stock.intro')}</p>
      {problem && <Banner tone="error">{problem}</Banner>}
      {units && units.units.length === 0 && (
        <p className="office-note" data-testid="stock-none">
          {t('stock.none')}
        </p>
      )}
      {units && units.units.length > 0 && view === 'onHand' && <OnHand units={units} />}
      {units && units.units.length > 0 && view === 'consignment' && <ConsignmentView units={units} />}
    </section>
  );
}

function OnHand({ units }: { units: StockUnits }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const qty = useQty();
  const [unit, setUnit] = useState('');
  const [place, setPlace] = useState('');
  const [asOf, setAsOf] = useState<string | null>(null);
  const [data, setData] = useState<StockOnHand | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    call('stock.onHand', asOf ? { asOf } : {})
      .then((d) => {
        setData(d);
        setProblem(null);
      })
      .catch((err) => {
        setData(null);
        setProblem(errorText(err));
      });
  }, [asOf]);
  const places = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of data?.rows ?? [])
      seen.set(`${r.device}/${r.locationCode}`, `${r.device} · ${r.locationName}`);
    return [...seen.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [data]);
  const rows = (data?.rows ?? []).filter(
    (r) => (!unit || r.producerCode === unit) && (!place || `${r.device}/${r.locationCode}` === place),
  );
  // Pieces and kilograms do not add up: the total is given per unit of sale.
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.unit, (totals.get(r.unit) ?? 0) + r.qtyMilli);
  const columns: Column<OnHandRow>[] = [
    { key: 'device', header: t('stock.col.device'), kind: 'code', cell: (r) => r.device },
    { key: 'location', header: t('stock.col.location'), cell: (r) => r.locationName },
    { key: 'unit', header: t('stock.col.unit'), kind: 'code', cell: (r) => r.producerCode },
    { key: 'sku', header: t('stock.col.sku'), kind: 'code', cell: (r) => r.sku },
    { key: 'name', header: t('stock.col.product'), cell: (r) => r.name },
    {
      key: 'qty',
      header: t('stock.col.qty'),
      kind: 'num',
      cell: (r) => qty(r.qtyMilli, r.unit),
      cellProps: () => ({ 'data-testid': 'onhand-qty' }),
    },
  ];
  return (
    <>
      <form className="statement-form" onSubmit={(e) => e.preventDefault()} noValidate>
        <FormRow label={t('stock.filter.unit')}>
          <select data-testid="onhand-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">{t('stock.filter.all')}</option>
            {units.units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name} ({u.code})
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label={t('stock.filter.location')}>
          <select data-testid="onhand-location" value={place} onChange={(e) => setPlace(e.target.value)}>
            <option value="">{t('stock.filter.all')}</option>
            {places.map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label={t('stock.filter.when')}>
          <select
            data-testid="onhand-when"
            value={asOf === null ? 'now' : 'day'}
            onChange={(e) => setAsOf(e.target.value === 'now' ? null : (units.lastDay ?? null))}
          >
            <option value="now">{t('stock.filter.now')}</option>
            <option value="day">{t('stock.filter.endOfDay')}</option>
          </select>
        </FormRow>
        {asOf !== null && (
          <FormRow label={t('stock.filter.day')}>
            <input
              type="date"
              data-testid="onhand-day"
              value={asOf}
              onChange={(e) => e.target.value && setAsOf(e.target.value)}
            />
          </FormRow>
        )}
      </form>
      {problem && <Banner tone="error">{problem}</Banner>}
      {data && (
        <p className="office-note" data-testid="onhand-as">
          {data.asOf
            ? t('stock.onHand.asOf', { day: formatLongDay(data.asOf, lang, true) })
            : t('stock.onHand.asNow')}
        </p>
      )}
      {data && (
        <DataTable
          columns={columns}
          rows={rows}
          rowKey={(r) => `${r.device}/${r.locationCode}/${r.producerCode}/${r.sku}`}
          rowProps={(r) => ({
            'data-testid': 'onhand-row',
            'data-device': r.device,
            'data-location': r.locationCode,
            'data-sku': r.sku,
          })}
          caption={t('stock.view.onHand')}
          empty={<span data-testid="onhand-empty">{t('stock.onHand.empty')}</span>}
          foot={
            rows.length > 0 && (
              <tr>
                <th scope="row" colSpan={5}>
                  {t('stock.onHand.total', { rows: rows.length })}
                </th>
                <td className="ui-num" data-testid="onhand-total">
                  {[...totals.entries()]
                    .sort((a, b) => a[0].localeCompare(b[0]))
                    .map(([u, milli]) => qty(milli, u))
                    .join(' · ')}
                </td>
              </tr>
            )
          }
        />
      )}
    </>
  );
}

function ConsignmentView({ units }: { units: StockUnits }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const qty = useQty();
  const last = units.lastDay ?? '';
  const monthStart = last ? `${last.slice(0, 8)}01` : '';
  const [form, setForm] = useState(() => ({
    unit: units.units[0]?.code ?? '',
    from: units.firstDay && units.firstDay > monthStart ? units.firstDay : monthStart,
    to: last,
  }));
  const [values, setValues] = useState<Values>('qty');
  const [data, setData] = useState<Consignment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const show = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      setData(await call('stock.consignment', form));
    } catch (err) {
      setData(null);
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: shown once for the default period
  useEffect(() => {
    void show();
  }, []);
  const xlsx = async () => {
    if (!data) return;
    try {
      download(await call('stock.consignmentFile', { unit: data.unit, from: data.from, to: data.to }));
    } catch (err) {
      setProblem(errorText(err));
    }
  };
  const figure = (p: Product, f: FlowKey) => {
    const flow = p[f];
    if (values === 'qty') return qty(flow.qtyMilli);
    return formatNumber(values === 'cost' ? flow.costValue : flow.priceValue);
  };
  // The SKU and the unit of sale under the name, so the quantities stay bare numbers and the
  // table fits a 1024-pixel screen.
  const columns: Column<Product>[] = [
    {
      key: 'product',
      header: t('stock.col.product'),
      cell: (p) => (
        <>
          {p.name}
          <span className="stock-sub">
            <span className="office-code">{p.sku}</span> · {p.unit}
          </span>
        </>
      ),
    },
    ...(values === 'qty'
      ? [
          {
            key: 'opening',
            header: t('stock.cons.opening'),
            kind: 'num' as const,
            cell: (p: Product) => qty(p.openingMilli),
            cellProps: () => ({ 'data-flow': 'opening' }),
          },
        ]
      : []),
    ...FLOWS.map(
      (f): Column<Product> => ({
        key: f,
        header: t(`stock.cons.${f}` as OfficeKey),
        kind: 'num',
        cell: (p) => figure(p, f),
        cellProps: () => ({ 'data-flow': f }),
      }),
    ),
  ];
  const uncosted = data?.products.some((p) => FLOWS.some((f) => p[f].uncosted > 0)) ?? false;
  const unitName = units.units.find((u) => u.code === data?.unit)?.name ?? data?.unitName ?? '';
  return (
    <>
      <form className="statement-form" onSubmit={(e) => void show(e)} noValidate>
        <FormRow label={t('stock.filter.unit')}>
          <select
            data-testid="cons-unit"
            value={form.unit}
            onChange={(e) => setForm({ ...form, unit: e.target.value })}
          >
            {units.units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name} ({u.code})
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label={t('stock.cons.from')}>
          <input
            type="date"
            data-testid="cons-from"
            value={form.from}
            onChange={(e) => setForm({ ...form, from: e.target.value })}
          />
        </FormRow>
        <FormRow label={t('stock.cons.to')}>
          <input
            type="date"
            data-testid="cons-to"
            value={form.to}
            onChange={(e) => setForm({ ...form, to: e.target.value })}
          />
        </FormRow>
        <div className="statement-form-actions">
          <button type="submit" className="btn btn-primary" data-testid="cons-show" disabled={busy}>
            {t('stock.cons.show')}
          </button>
          <button
            type="button"
            className="btn"
            data-testid="cons-xlsx"
            disabled={busy || !data}
            onClick={() => void xlsx()}
          >
            {t('stock.cons.xlsx')}
          </button>
        </div>
      </form>
      {problem && (
        <Banner tone="error">
          <span data-testid="cons-error">{problem}</span>
        </Banner>
      )}
      {data && (
        <>
          <div className="statement-head">
            <h3 className="office-subtitle" data-testid="cons-heading">
              {t('stock.cons.heading', {
                name: unitName,
                unit: data.unit,
                from: formatLongDay(data.from, lang, true),
                to: formatLongDay(data.to, lang, true),
              })}
            </h3>
            <FormRow label={t('stock.cons.values')}>
              <select
                data-testid="cons-values"
                value={values}
                onChange={(e) => setValues(e.target.value as Values)}
              >
                <option value="qty">{t('stock.cons.values.qty')}</option>
                <option value="cost">{t('stock.cons.values.cost')}</option>
                <option value="price">{t('stock.cons.values.price')}</option>
              </select>
            </FormRow>
          </div>
          {uncosted && values === 'cost' && <Banner tone="warn">{t('stock.cons.uncosted')}</Banner>}
          <DataTable
            columns={columns}
            rows={data.products}
            rowKey={(p) => `${p.sku}/${p.unit}`}
            rowProps={(p) => ({ 'data-testid': 'cons-row', 'data-sku': p.sku })}
            caption={t('stock.view.consignment')}
            empty={<span data-testid="cons-empty">{t('stock.cons.empty')}</span>}
            foot={
              data.products.length > 0 &&
              values !== 'qty' && (
                <tr data-testid="cons-total">
                  <th scope="row">{t('stock.cons.total')}</th>
                  {FLOWS.map((f) => (
                    <td key={f} className="ui-num" data-flow={f}>
                      {formatNumber(values === 'cost' ? data.totals[f].costValue : data.totals[f].priceValue)}
                    </td>
                  ))}
                </tr>
              )
            }
          />
          {data.products.length > 0 && values === 'qty' && (
            <p className="office-note">{t('stock.cons.totalQty')}</p>
          )}
          <p className="office-note">{t('stock.cons.rule')}</p>
        </>
      )}
    </>
  );
}
