// One printer profile: how to reach it and how receipts are laid out for it.
import { useState } from 'react';
import type { Printer, PrinterInput, PrinterTransport } from '../../../shared/contract';
import { call } from '../../api/client';
import { errorText } from '../../components/printing/usePrintJobs';
import { useT } from '../../i18n';

const TRANSPORTS: PrinterTransport[] = ['tcp', 'serial', 'device', 'cups', 'system'];
const COLUMNS = [32, 42, 48] as const;
const CODE_PAGES = ['cp437', 'cp850', 'cp858', 'windows1252'] as const;
const BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

type Draft = Required<Omit<PrinterInput, 'id' | 'baudRate'>> & { baudRate: number };

function draftOf(printer: Printer | null): Draft {
  return {
    name: printer?.name ?? '',
    transport: printer?.transport ?? 'tcp',
    target: printer?.target ?? '',
    baudRate: printer?.baudRate ?? 9600,
    columns: printer?.columns ?? 32,
    codePage: printer?.codePage ?? 'cp437',
    qrMode: printer?.qrMode ?? 'raster',
    feedLines: printer?.feedLines ?? 4,
    cut: printer?.cut ?? true,
    drawerKick: printer?.drawerKick ?? false,
    logo: printer?.logo ?? false,
    originLine: printer?.originLine ?? false,
    statusCheck: printer?.statusCheck ?? true,
    isDefault: printer?.isDefault ?? false,
  };
}

type Flag = 'cut' | 'drawerKick' | 'logo' | 'originLine' | 'statusCheck' | 'isDefault';
const FLAGS: Flag[] = ['cut', 'drawerKick', 'logo', 'originLine', 'statusCheck', 'isDefault'];

export function PrinterForm({
  printer,
  onSaved,
  onCancel,
}: {
  printer: Printer | null;
  onSaved: (printer: Printer) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => draftOf(printer));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [ports, setPorts] = useState<{ path: string; description: string }[] | null>(null);
  const [searching, setSearching] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const { baudRate, ...rest } = draft;
      const input: PrinterInput = { ...rest, baudRate: draft.transport === 'serial' ? baudRate : null };
      if (printer) input.id = printer.id;
      onSaved(await call('printers.save', input));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const discover = async () => {
    setSearching(true);
    setError(null);
    try {
      setPorts(await call('printers.discoverSerial', {}));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setSearching(false);
    }
  };

  return (
    <form
      className="printers-form"
      data-testid="printer-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>
        {printer ? t('printing.form.title.edit', { name: printer.name }) : t('printing.form.title.new')}
      </h3>
      <label className="printers-field">
        <span>{t('printing.form.name')}</span>
        <input
          data-testid="printer-name"
          value={draft.name}
          maxLength={60}
          required
          onChange={(e) => set('name', e.target.value)}
        />
      </label>
      <label className="printers-field">
        <span>{t('printing.form.transport')}</span>
        <select
          data-testid="printer-transport"
          value={draft.transport}
          onChange={(e) => set('transport', e.target.value as PrinterTransport)}
        >
          {TRANSPORTS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`printing.transport.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="printers-row">
        <label className="printers-field printers-grow">
          <span>{t('printing.form.target')}</span>
          <input
            data-testid="printer-target"
            value={draft.target}
            placeholder={t(`printing.target.${draft.transport}`)}
            onChange={(e) => set('target', e.target.value)}
          />
        </label>
        {draft.transport === 'serial' && (
          <>
            <label className="printers-field">
              <span>{t('printing.form.baud')}</span>
              <select
                data-testid="printer-baud"
                value={draft.baudRate}
                onChange={(e) => set('baudRate', Number(e.target.value))}
              >
                {BAUD_RATES.map((rate) => (
                  <option key={rate} value={rate}>
                    {rate}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="btn"
              data-testid="printer-discover"
              disabled={searching}
              onClick={() => void discover()}
            >
              {searching ? t('printing.form.discovering') : t('printing.form.discover')}
            </button>
          </>
        )}
      </div>
      {draft.transport === 'serial' && ports && (
        <div className="printers-ports" data-testid="printer-ports">
          {ports.length === 0 ? (
            <p className="print-muted">{t('printing.form.noPorts')}</p>
          ) : (
            <>
              <span>{t('printing.form.pickPort')}</span>
              {ports.map((port) => (
                <button
                  key={port.path}
                  type="button"
                  className="btn btn-small"
                  data-testid="printer-port"
                  onClick={() => set('target', port.path)}
                >
                  {port.path}
                  {port.description ? ` (${port.description})` : ''}
                </button>
              ))}
            </>
          )}
        </div>
      )}
      <div className="printers-row">
        <label className="printers-field">
          <span>{t('printing.form.columns')}</span>
          <select
            data-testid="printer-columns"
            value={draft.columns}
            onChange={(e) => set('columns', Number(e.target.value) as Draft['columns'])}
          >
            {COLUMNS.map((columns) => (
              <option key={columns} value={columns}>
                {t(`printing.columns.${columns}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="printers-field">
          <span>{t('printing.form.codePage')}</span>
          <select
            data-testid="printer-codepage"
            value={draft.codePage}
            onChange={(e) => set('codePage', e.target.value as Draft['codePage'])}
          >
            {CODE_PAGES.map((page) => (
              <option key={page} value={page}>
                {page.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <label className="printers-field">
          <span>{t('printing.form.qrMode')}</span>
          <select
            data-testid="printer-qrmode"
            value={draft.qrMode}
            onChange={(e) => set('qrMode', e.target.value as Draft['qrMode'])}
          >
            <option value="raster">{t('printing.qr.raster')}</option>
            <option value="native">{t('printing.qr.native')}</option>
          </select>
        </label>
        <label className="printers-field">
          <span>{t('printing.form.feedLines')}</span>
          <input
            data-testid="printer-feed"
            type="number"
            min={0}
            max={12}
            value={draft.feedLines}
            onChange={(e) => set('feedLines', Number(e.target.value))}
          />
        </label>
      </div>
      <fieldset className="printers-flags">
        {FLAGS.map((flag) => (
          <label key={flag} className="printers-check">
            <input
              type="checkbox"
              data-testid={`printer-${flag}`}
              checked={draft[flag]}
              onChange={(e) => set(flag, e.target.checked)}
            />
            <span>
              {t(`printing.form.${flag}`)}
              {flag === 'statusCheck' && (
                <small className="print-muted"> {t('printing.form.statusCheckHint')}</small>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="error" role="alert" data-testid="printer-error">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel} disabled={saving}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" data-testid="printer-save" disabled={saving}>
          {t('printing.form.save')}
        </button>
      </div>
    </form>
  );
}
