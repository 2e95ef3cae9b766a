// What every receipt says: header, footer, origin-line prefix, QR option and logo. Below it, any
// receipt can be previewed and reprinted by its number.
import { useEffect, useState } from 'react';
import type { PrintPreview, ReceiptSettingsView } from '../../../shared/contract';
import { call } from '../../api/client';
import { ReceiptPreview } from '../../components/printing/ReceiptPreview';
import { errorText } from '../../components/printing/usePrintJobs';
import { useT } from '../../i18n';

const MAX_LOGO_BYTES = 200 * 1024;

function readPng(file: File): Promise<string | null> {
  if (file.type !== 'image/png' || file.size > MAX_LOGO_BYTES) return Promise.resolve(null);
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(file);
  });
}

const lines = (text: string) => text.split('\n').map((line) => line.trim());

export function ReceiptTab() {
  const t = useT();
  const [settings, setSettings] = useState<ReceiptSettingsView | null>(null);
  const [header, setHeader] = useState('');
  const [footer, setFooter] = useState('');
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const [receiptNo, setReceiptNo] = useState('');
  const [preview, setPreview] = useState<PrintPreview | null>(null);

  useEffect(() => {
    call('printing.settings', {})
      .then((loaded) => {
        setSettings(loaded);
        setHeader(loaded.header.join('\n'));
        setFooter(loaded.footer.join('\n'));
      })
      .catch((err: unknown) => setMessage({ text: errorText(err), bad: true }));
  }, []);

  const run = async (action: () => Promise<string | null>) => {
    setMessage(null);
    try {
      const text = await action();
      if (text) setMessage({ text, bad: false });
    } catch (err) {
      setMessage({ text: errorText(err), bad: true });
    }
  };

  if (!settings) return message ? <p className="error">{message.text}</p> : null;

  const save = (logoDataUrl?: string | null) =>
    run(async () => {
      const input = {
        header: lines(header),
        footer: lines(footer),
        originPrefix: settings.originPrefix,
        qr: settings.qr,
        ...(logoDataUrl === undefined ? {} : { logoDataUrl }),
      };
      const saved = await call('printing.saveSettings', input);
      setSettings(saved);
      return t('printing.receipt.saved');
    });

  return (
    <div className="printers-receipt">
      <form
        className="printers-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="printers-field">
          <span>{t('printing.receipt.header')}</span>
          <textarea
            data-testid="receipt-header"
            rows={3}
            value={header}
            onChange={(e) => setHeader(e.target.value)}
          />
        </label>
        <label className="printers-field">
          <span>{t('printing.receipt.footer')}</span>
          <textarea
            data-testid="receipt-footer"
            rows={2}
            value={footer}
            onChange={(e) => setFooter(e.target.value)}
          />
        </label>
        <div className="printers-row">
          <label className="printers-field">
            <span>{t('printing.receipt.originPrefix')}</span>
            <input
              data-testid="receipt-origin"
              value={settings.originPrefix}
              maxLength={40}
              onChange={(e) => setSettings({ ...settings, originPrefix: e.target.value })}
            />
            <small className="print-muted">
              {t('printing.receipt.originHint', {
                example: `${settings.originPrefix} Lapas Kelas IIA Palu`.trim(),
              })}
            </small>
          </label>
          <label className="printers-field">
            <span>{t('printing.receipt.qr')}</span>
            <select
              data-testid="receipt-qr"
              value={settings.qr}
              onChange={(e) =>
                setSettings({ ...settings, qr: e.target.value === 'verification' ? 'verification' : 'none' })
              }
            >
              <option value="none">{t('printing.receipt.qrNone')}</option>
              <option value="verification">{t('printing.receipt.qrVerification')}</option>
            </select>
          </label>
        </div>
        <div className="printers-field">
          <span>{t('printing.receipt.logo')}</span>
          <div className="printers-row">
            {settings.logoDataUrl ? (
              <img
                className="printers-logo"
                src={settings.logoDataUrl}
                alt=""
                data-testid="receipt-logo-image"
              />
            ) : (
              <span className="print-muted">{t('printing.receipt.logoNone')}</span>
            )}
            <input
              type="file"
              accept="image/png"
              aria-label={t('printing.receipt.logo')}
              data-testid="receipt-logo"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                void readPng(file).then((dataUrl) =>
                  dataUrl
                    ? save(dataUrl)
                    : setMessage({ text: t('printing.receipt.logoInvalid'), bad: true }),
                );
              }}
            />
            {settings.logoDataUrl && (
              <button type="button" className="btn btn-small btn-quiet" onClick={() => void save(null)}>
                {t('printing.receipt.logoRemove')}
              </button>
            )}
          </div>
        </div>
        <div className="modal-actions">
          <button type="submit" className="btn btn-primary" data-testid="receipt-save">
            {t('printing.receipt.save')}
          </button>
        </div>
      </form>
      {message && (
        <p
          className={message.bad ? 'error' : 'printers-ok'}
          role={message.bad ? 'alert' : 'status'}
          data-testid="receipt-message"
        >
          {message.text}
        </p>
      )}

      <h3>{t('printing.preview.title')}</h3>
      <form
        className="printers-row"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            setPreview(await call('printing.preview', { receiptNo: receiptNo.trim() }));
            return null;
          });
        }}
      >
        <label className="printers-field printers-grow">
          <span>{t('printing.preview.receiptNo')}</span>
          <input
            data-testid="preview-receipt-no"
            value={receiptNo}
            placeholder="BTH1-20261128-0001"
            onChange={(e) => setReceiptNo(e.target.value)}
          />
        </label>
        <button type="submit" className="btn" data-testid="preview-show" disabled={receiptNo.trim() === ''}>
          {t('printing.preview.show')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="preview-reprint"
          disabled={receiptNo.trim() === ''}
          onClick={() =>
            void run(async () => {
              const job = await call('printing.reprint', { receiptNo: receiptNo.trim() });
              return t('printing.preview.reprintQueued', { receiptNo: job.receiptNo ?? receiptNo.trim() });
            })
          }
        >
          {t('printing.preview.reprint')}
        </button>
      </form>
      {preview && <ReceiptPreview preview={preview} />}
    </div>
  );
}
