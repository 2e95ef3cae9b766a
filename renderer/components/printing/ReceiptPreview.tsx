// Shows a receipt as the engine laid it out: the same HTML the system print dialog gets, built
// from the same lines the thermal printer receives.
import './printing.css';
import type { PrintPreview } from '../../../shared/contract';
import { useT } from '../../i18n';

export function ReceiptPreview({ preview }: { preview: PrintPreview }) {
  const t = useT();
  return (
    <figure className="receipt-preview" data-testid="receipt-preview" data-columns={preview.columns}>
      <figcaption>
        {preview.printerName
          ? t('printing.preview.on', { name: preview.printerName })
          : t('printing.preview.noPrinter')}
      </figcaption>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the engine's receipt renderer escapes every text it prints, and the CSP forbids inline scripts */}
      <div className="receipt-preview-paper" dangerouslySetInnerHTML={{ __html: preview.html }} />
    </figure>
  );
}
