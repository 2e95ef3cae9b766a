// Printing commands. Printing never blocks or undoes a sale: these handlers only store jobs and
// return at once; the worker (queue.ts) sends them.
import type { PrintJob, PrintJobKind, printingCommands } from '../../../shared/contract';
import { receiptFromSale } from '../../../shared/receipt/fromSale';
import type { PrintModel, ReportModel } from '../../../shared/receipt/model';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { afterSaleOf } from '../afterSale/receiptAfterSale';
import { auditChange, auditedChange } from '../audit/auditedChange';
import type { Actor, EngineContext, HandlerMap } from '../context';
import { EngineError } from '../errors';
import { getSaleByReceiptNo } from '../sales/getSale';
import { cancelJob, enqueueJob, findReceiptJob, listJobs, retryJob } from './jobs';
import { labelModel } from './labels';
import { resolveLogo } from './logo';
import {
  choosePrinter,
  defaultPrinter,
  deletePrinter,
  findPrinter,
  getPrinter,
  listPrinters,
  savePrinter,
} from './printers';
import {
  getLogoDataUrl,
  getReceiptSettings,
  receiptSettingsView,
  saveReceiptSettings,
} from './receiptSettings';
import { FALLBACK_PROFILE, renderPreview } from './render';
import { checkDeviceTarget, dataDirOf } from './transports/deviceTarget';
import { PrintError } from './transports/types';

const TRANSPORT_NAMES = {
  tcp: 'Jaringan (TCP)',
  serial: 'Serial / Bluetooth',
  device: 'Jalur perangkat',
  cups: 'Antrean CUPS',
  system: 'Dialog cetak sistem',
} as const;

function actorName(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.name : actor.kind === 'system' ? 'sistem' : null;
}

type QueueContext = Pick<EngineContext, 'db' | 'now' | 'printing'>;

function queue(
  ctx: QueueContext,
  actor: Actor,
  job: {
    kind: PrintJobKind;
    printerId: number;
    title: string;
    model: PrintModel;
    saleId?: string;
    receiptNo?: string;
  },
) {
  const stored = enqueueJob(ctx.db, { ...job, createdBy: actorName(actor) }, ctx.now());
  ctx.printing.kick();
  return stored;
}

function receiptModel(ctx: EngineContext, receiptNo: string, copy: boolean) {
  const sale = getSaleByReceiptNo(ctx.db, receiptNo);
  const model = receiptFromSale(sale, {
    timeZone: ctx.device.timeZone,
    settings: getReceiptSettings(ctx.db),
    copy,
    // A voided or refunded sale prints as such (BATAL / REFUND and what came back).
    after: afterSaleOf(ctx.db, sale.id),
  });
  return { sale, model };
}

function previewProfile(ctx: EngineContext, printerId: number | undefined) {
  const printer = printerId === undefined ? defaultPrinter(ctx.db) : getPrinter(ctx.db, printerId);
  const logo = resolveLogo(getLogoDataUrl(ctx.db), ctx.printing.resourcesDir);
  return { profile: printer ?? FALLBACK_PROFILE, printerName: printer?.name ?? null, logo };
}

export const printingHandlers: HandlerMap<keyof typeof printingCommands> = {
  'printers.list': (ctx) => listPrinters(ctx.db),
  'printers.save': async (ctx, input, actor) => {
    if (input.transport === 'device' || input.transport === 'serial') {
      // The path as it is now: not a file, not in the data folder (it is checked again at print time).
      try {
        await checkDeviceTarget(input.transport, input.target, { dataDir: () => dataDirOf(ctx.dbPath) });
      } catch (error) {
        if (error instanceof PrintError) throw EngineError.from('INVALID_INPUT', error.ref);
        throw error;
      }
    }
    return ctx.db
      .transaction(() => {
        const before = input.id === undefined ? null : (findPrinter(ctx.db, input.id) ?? null);
        const saved = savePrinter(ctx.db, input, ctx.now());
        auditChange(ctx, actor, `printer ${saved.name}`, before, saved);
        return saved;
      })
      .immediate();
  },
  'printers.delete': (ctx, input, actor) => {
    const printer = getPrinter(ctx.db, input.id);
    auditedChange(
      ctx,
      actor,
      `printer ${printer.name}`,
      () => findPrinter(ctx.db, input.id),
      () => deletePrinter(ctx.db, input.id),
    );
    return { ok: true };
  },
  'printers.test': (ctx, input, actor) => {
    const printer = getPrinter(ctx.db, input.id);
    return queue(ctx, actor, {
      kind: 'test',
      printerId: printer.id,
      title: `Uji cetak ${printer.name}`,
      model: {
        type: 'test',
        printerName: printer.name,
        dateTime: formatZonedDateTime(ctx.now(), ctx.device.timeZone),
        transport: TRANSPORT_NAMES[printer.transport],
      },
    });
  },
  'printers.discoverSerial': async (ctx) =>
    (await ctx.printing.discoverSerial()).map((port) => ({ path: port.path, description: port.description })),

  'printing.settings': (ctx) => receiptSettingsView(ctx.db),
  'printing.saveSettings': (ctx, input, actor) =>
    auditedChange(
      ctx,
      actor,
      'struk',
      // The logo itself is long: the trace says whether it changed, by its length.
      () => ({ ...getReceiptSettings(ctx.db), logoLength: getLogoDataUrl(ctx.db)?.length ?? 0 }),
      () => saveReceiptSettings(ctx.db, input),
    ),

  'printing.printReceipt': (ctx, input, actor) => {
    const { sale, model } = receiptModel(ctx, input.receiptNo, false);
    const existing = findReceiptJob(ctx.db, sale.receiptNo);
    if (existing) return existing;
    const printer = choosePrinter(ctx.db, input.printerId);
    return queue(ctx, actor, {
      kind: 'receipt',
      printerId: printer.id,
      title: `Struk ${sale.receiptNo}`,
      model,
      saleId: sale.id,
      receiptNo: sale.receiptNo,
    });
  },
  'printing.reprint': (ctx, input, actor) => {
    const { sale, model } = receiptModel(ctx, input.receiptNo, true);
    const printer = choosePrinter(ctx.db, input.printerId);
    return queue(ctx, actor, {
      kind: 'reprint',
      printerId: printer.id,
      title: `Salinan struk ${sale.receiptNo}`,
      model,
      saleId: sale.id,
      receiptNo: sale.receiptNo,
    });
  },
  'printing.jobs': (ctx, input) => listJobs(ctx.db, input),
  'printing.retry': (ctx, input) => {
    const job = retryJob(ctx.db, input.jobId, ctx.now());
    ctx.printing.kick();
    return job;
  },
  'printing.cancel': (ctx, input) => cancelJob(ctx.db, input.jobId),
  'printing.preview': (ctx, input) => {
    const { model } = receiptModel(ctx, input.receiptNo, input.copy ?? false);
    const { profile, printerName, logo } = previewProfile(ctx, input.printerId);
    return { ...renderPreview(model, profile, logo), printerName };
  },
  'printing.printLabel': (ctx, input, actor) => {
    const printer = choosePrinter(ctx.db, input.printerId);
    const model = labelModel(ctx.db, input, getReceiptSettings(ctx.db).originPrefix);
    return queue(ctx, actor, {
      kind: 'label',
      printerId: printer.id,
      title: `Label ${model.name} x${model.copies}`,
      model,
    });
  },
  'printing.previewLabel': (ctx, input) => {
    const model = labelModel(ctx.db, input, getReceiptSettings(ctx.db).originPrefix);
    const { profile, printerName, logo } = previewProfile(ctx, input.printerId);
    return { ...renderPreview(model, profile, logo), printerName };
  },
};

/**
 * For the X/Z reports (and anything else printed later): queues a laid-out report on the default
 * printer (or `printerId`) through the same durable queue as receipts.
 */
export function queueReport(
  ctx: QueueContext,
  actor: Actor,
  model: ReportModel,
  printerId?: number,
  /** The job's name in the print queue; the printed title by default. */
  title = model.title,
): PrintJob {
  const printer = choosePrinter(ctx.db, printerId);
  return queue(ctx, actor, { kind: 'report', printerId: printer.id, title, model });
}
