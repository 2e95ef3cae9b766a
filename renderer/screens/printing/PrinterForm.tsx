// One printer profile: how to reach it and how receipts are laid out for it.
import { useRef, useState } from 'react';
import type { Printer, PrinterInput, PrinterTransport } from '../../../shared/contract';
import { call } from '../../api/client';
import { errorText } from '../../components/printing/usePrintJobs';
import { Banner, FormRow } from '../../components/ui';
import { useT } from '../../i18n';

const TRANSPORTS: PrinterTransport[] = ['tcp', 'serial', 'device', 'cups', 'system'];
const COLUMNS = [32, 42, 48] as const;
const CODE_PAGES = ['cp437', 'cp850', 'cp858', 'windows1252'] as const;
const BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;
/** Blank lines fed before the cut: 0 to 12, as the engine allows. */
const FEED_LINES = Array.from({ length: 13 }, (_, n) => n);

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
  const [nameMissing, setNameMissing] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    setError(null);
    if (draft.name.trim() === '') {
      setNameMissing(true);
      nameInput.current?.focus();
      return;
    }
    setNameMissing(false);
    setSaving(true);
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
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>
        {printer ? t('printing.form.title.edit', { name: printer.name }) : t('printing.form.title.new')}
      </h3>
      <div className="printers-row printers-top">
        <FormRow
          label={t('printing.form.name')}
          required
          error={nameMissing ? t('printing.form.nameRequired') : null}
          messageTestId="printer-name-error"
        >
          <input
            ref={nameInput}
            data-testid="printer-name"
            value={draft.name}
            maxLength={60}
            autoComplete="off"
            onChange={(e) => {
              setNameMissing(false);
              set('name', e.target.value);
            }}
          />
        </FormRow>
        <FormRow label={t('printing.form.transport')}>
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
        </FormRow>
      </div>
      <div className="printers-row">
        <FormRow label={t('printing.form.target')} className="printers-grow">
          <input
            data-testid="printer-target"
            value={draft.target}
            autoComplete="off"
            spellCheck={false}
            placeholder={t(`printing.target.${draft.transport}`)}
            onChange={(e) => set('target', e.target.value)}
          />
        </FormRow>
        {draft.transport === 'serial' && (
          <>
            <FormRow label={t('printing.form.baud')} className="printers-narrow">
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
            </FormRow>
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
        <FormRow label={t('printing.form.columns')}>
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
        </FormRow>
        <FormRow label={t('printing.form.codePage')} className="printers-narrow">
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
        </FormRow>
        <FormRow label={t('printing.form.qrMode')} className="printers-wide">
          <select
            data-testid="printer-qrmode"
            value={draft.qrMode}
            onChange={(e) => set('qrMode', e.target.value as Draft['qrMode'])}
          >
            <option value="raster">{t('printing.qr.raster')}</option>
            <option value="native">{t('printing.qr.native')}</option>
          </select>
        </FormRow>
        <FormRow label={t('printing.form.feedLines')} className="printers-narrow">
          <select
            data-testid="printer-feed"
            value={draft.feedLines}
            onChange={(e) => set('feedLines', Number(e.target.value))}
          >
            {FEED_LINES.map((lines) => (
              <option key={lines} value={lines}>
                {lines}
              </option>
            ))}
          </select>
        </FormRow>
      </div>
      <fieldset className="printers-flags">
        <legend className="visually-hidden">{t('printing.form.options')}</legend>
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
      {/* The engine's refusal sits with the buttons, so it is in view wherever the form is scrolled. */}
      <div className="printers-actions">
        {error && (
          <Banner tone="error" testId="printer-error" className="printers-actions-message">
            {error}
          </Banner>
        )}
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
