// One place that turns a print model into what a printer gets: laid out for the printer's paper,
// then ESC/POS bytes or the HTML page for the system dialog. Previews use the same path.
import type { Printer } from '../../../shared/contract';
import { paperWidthMm, renderDocHtml, renderDocHtmlPage } from '../../../shared/receipt/html';
import { layoutDoc, type PaperColumns } from '../../../shared/receipt/layout';
import { docTextLines, type PrintDoc, type PrintModel } from '../../../shared/receipt/model';
import type { FontSet } from '../fonts/fonts';
import { renderEscPos } from './escpos';
import { decodeLogo } from './logo';
import type { PrintPayload } from './transports/types';

/** How a document looks when no printer is set up yet: a 58 mm receipt with the defaults. */
export const FALLBACK_PROFILE: Pick<
  Printer,
  'columns' | 'codePage' | 'qrMode' | 'feedLines' | 'cut' | 'drawerKick' | 'logo' | 'originLine'
> = {
  columns: 32,
  codePage: 'cp437',
  qrMode: 'raster',
  feedLines: 4,
  cut: true,
  drawerKick: false,
  logo: false,
  originLine: false,
};

export type RenderProfile = typeof FALLBACK_PROFILE;

export function layoutFor(model: PrintModel, profile: RenderProfile, logoDataUrl: string | null): PrintDoc {
  return layoutDoc(model, {
    columns: profile.columns as PaperColumns,
    originLines: profile.originLine,
    logo: profile.logo && logoDataUrl !== null,
  });
}

export function renderPayload(
  model: PrintModel,
  printer: Printer,
  logoDataUrl: string | null,
  title: string,
  fonts: FontSet | null = null,
): PrintPayload {
  const doc = layoutFor(model, printer, logoDataUrl);
  if (printer.transport === 'system') {
    return {
      type: 'html',
      html: renderDocHtmlPage(doc, { logoDataUrl }),
      title,
      widthMm: paperWidthMm(doc.columns),
    };
  }
  const logo = logoDataUrl ? decodeLogo(logoDataUrl) : null;
  return { type: 'escpos', bytes: renderEscPos(doc, printer, { logo, fonts }), title };
}

export function renderPreview(model: PrintModel, profile: RenderProfile, logoDataUrl: string | null) {
  const doc = layoutFor(model, profile, logoDataUrl);
  return { columns: doc.columns, html: renderDocHtml(doc, { logoDataUrl }), lines: docTextLines(doc) };
}
