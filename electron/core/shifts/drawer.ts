// "No sale": opening the cash drawer through the receipt printer without a sale (change for a
// neighbour's stall, a note checked against the light). Managers and admins open it themselves; a
// cashier needs a manager's PIN on her screen. Always with a short reason, always in the audit log,
// and never through the print queue: the pulse goes now or not at all.
import type { DrawerOpened, ParsedInput } from '../../../shared/contract';
import { msgOf } from '../../../shared/messages';
import { audit } from '../audit/audit';
import { requireApproval } from '../auth/approval';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { defaultPrinter, getPrinter } from '../printing/printers';
import { PrintError } from '../printing/transports/types';
import { openShiftOf } from './businessDay';

export async function openDrawer(
  ctx: EngineContext,
  input: ParsedInput<'shifts.openDrawer'>,
  actor: Actor,
): Promise<DrawerOpened> {
  if (actor.kind === 'anonymous') throw new EngineError('UNAUTHENTICATED', 'shifts.signInFirst');
  // What the printer cannot do is said before any manager types a PIN.
  const printer =
    input.printerId === undefined ? defaultPrinter(ctx.db) : getPrinter(ctx.db, input.printerId);
  if (!printer) {
    throw new EngineError('PRINTER', 'shifts.noReceiptPrinter');
  }
  if (!printer.drawerKick) {
    throw new EngineError('PRINTER', 'shifts.printerNoDrawer', { name: printer.name });
  }
  if (printer.transport === 'system') {
    throw new EngineError('PRINTER', 'shifts.systemDialogNoDrawer', { name: printer.name });
  }
  let approvedBy: string | null = null;
  if (actor.kind === 'user' && actor.role === 'cashier') {
    if (!input.approval) {
      throw new EngineError('APPROVAL_REQUIRED', 'shifts.noSaleNeedsManager');
    }
    // Outside any transaction: a wrong PIN still counts towards the manager's lockout.
    approvedBy = requireApproval(ctx, actor, input.approval).name;
  }

  const shift = actor.kind === 'user' ? openShiftOf(ctx.db, ctx.device.device, actor.userId) : undefined;
  const detail = {
    reason: input.reason,
    printer: printer.name,
    ...(shift ? { shiftId: shift.id } : {}),
  };
  let warning: string | null = null;
  try {
    // Kept as a message (like a print job's), so the screen words it in its language.
    const sent = await ctx.printing.kickDrawer(printer);
    warning = sent.warningRef ? msgOf(sent.warningRef) : (sent.warning ?? null);
  } catch (error) {
    const message = error instanceof PrintError ? error.message : String(error);
    // A try that did not open the drawer is on record too, with why.
    audit(ctx.db, ctx.device.device, ctx.now(), {
      action: 'drawer.open',
      actor,
      approvedBy,
      subject: 'laci kas (gagal)',
      detail: { ...detail, error: message },
    });
    if (!(error instanceof PrintError)) ctx.log.error('drawer kick failed', error);
    throw new EngineError('PRINTER', 'shifts.drawerNotOpened', {
      message: error instanceof PrintError ? error.ref : message,
    });
  }
  const at = ctx.now();
  audit(ctx.db, ctx.device.device, at, {
    action: 'drawer.open',
    actor,
    approvedBy,
    subject: 'laci kas',
    detail,
  });
  return { printerName: printer.name, openedAt: at.toISOString(), approvedBy, warning };
}
