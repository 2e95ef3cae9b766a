// What every receipt says: header, footer, origin-line prefix, QR option and logo. Below it, any
// receipt can be previewed and reprinted by its number.
import { useEffect, useState } from 'react';
import type { PrintPreview, ReceiptSettingsView } from '../../../shared/contract';
import { call } from '../../api/client';
import { ReceiptPreview } from '../../components/printing/ReceiptPreview';
import { errorText } from '../../components/printing/usePrintJobs';
import { Banner, FormRow } from '../../components/ui';
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

type Message = { text: string; bad: boolean };

const lines = (text: string) => text.split('\n').map((line) => line.trim());

export function ReceiptTab() {
  const t = useT();
  const [settings, setSettings] = useState<ReceiptSettingsView | null>(null);
  const [header, setHeader] = useState('');
  const [footer, setFooter] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  /** What the preview or a reprint said, shown under their own row. */
  const [previewMessage, setPreviewMessage] = useState<Message | null>(null);
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

  const run = async (action: () => Promise<string | null>, say: (message: Message | null) => void) => {
    say(null);
    try {
      const text = await action();
      if (text) say({ text, bad: false });
    } catch (err) {
      say({ text: errorText(err), bad: true });
    }
  };

  if (!settings)
    return message ? (
      <Banner tone="error" testId="receipt-message">
        {message.text}
      </Banner>
    ) : null;

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
    }, setMessage);

  return (
    <div className="printers-receipt">
      <form
        className="printers-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FormRow label={t('printing.receipt.header')}>
          <textarea
            className="printers-lines"
            data-testid="receipt-header"
            rows={3}
            spellCheck={false}
            value={header}
            onChange={(e) => setHeader(e.target.value)}
          />
        </FormRow>
        <FormRow label={t('printing.receipt.footer')}>
          <textarea
            className="printers-lines"
            data-testid="receipt-footer"
            rows={2}
            spellCheck={false}
            value={footer}
            onChange={(e) => setFooter(e.target.value)}
          />
        </FormRow>
        <div className="printers-row printers-top">
          <FormRow
            label={t('printing.receipt.originPrefix')}
            className="printers-grow"
            help={t('printing.receipt.originHint', {
              example: `${settings.originPrefix} Lapas Kelas IIA Palu`.trim(),
            })}
          >
            <input
              data-testid="receipt-origin"
              value={settings.originPrefix}
              maxLength={40}
              autoComplete="off"
              onChange={(e) => setSettings({ ...settings, originPrefix: e.target.value })}
            />
          </FormRow>
          <FormRow label={t('printing.receipt.qr')} className="printers-grow">
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
          </FormRow>
        </div>
        <div className="printers-row printers-logo-row">
          <FormRow
            label={t('printing.receipt.logo')}
            help={settings.logoDataUrl ? undefined : t('printing.receipt.logoNone')}
          >
            <input
              type="file"
              accept="image/png"
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
          </FormRow>
          {settings.logoDataUrl && (
            <>
              <img
                className="printers-logo"
                src={settings.logoDataUrl}
                alt={t('printing.receipt.logoShown')}
                data-testid="receipt-logo-image"
              />
              <button type="button" className="btn btn-small btn-quiet" onClick={() => void save(null)}>
                {t('printing.receipt.logoRemove')}
              </button>
            </>
          )}
        </div>
        <div className="printers-actions">
          <button type="submit" className="btn btn-primary" data-testid="receipt-save">
            {t('printing.receipt.save')}
          </button>
        </div>
      </form>
      {message && (
        <Banner tone={message.bad ? 'error' : 'success'} testId="receipt-message">
          {message.text}
        </Banner>
      )}

      <h3>{t('printing.preview.title')}</h3>
      <form
        className="printers-row"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            setPreview(await call('printing.preview', { receiptNo: receiptNo.trim() }));
            return null;
          }, setPreviewMessage);
        }}
      >
        <FormRow label={t('printing.preview.receiptNo')} className="printers-grow">
          <input
            className="printers-code"
            data-testid="preview-receipt-no"
            value={receiptNo}
            autoComplete="off"
            spellCheck={false}
            placeholder="BTH1-20261128-0001"
            onChange={(e) => setReceiptNo(e.target.value)}
          />
        </FormRow>
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
            }, setPreviewMessage)
          }
        >
          {t('printing.preview.reprint')}
        </button>
      </form>
      {previewMessage && (
        <Banner tone={previewMessage.bad ? 'error' : 'success'} testId="preview-message">
          {previewMessage.text}
        </Banner>
      )}
      {preview && <ReceiptPreview preview={preview} />}
    </div>
  );
}
