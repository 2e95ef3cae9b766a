// Printer profiles: how to reach a printer and how to lay receipts out for it.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Printer } from '../../../shared/contract';
import type { printerInputSchema } from '../../../shared/contract/printing';
import { EngineError } from '../errors';

interface PrinterRow {
  id: number;
  name: string;
  transport: Printer['transport'];
  target: string;
  baud_rate: number | null;
  columns: Printer['columns'];
  code_page: Printer['codePage'];
  qr_mode: Printer['qrMode'];
  feed_lines: number;
  cut: number;
  drawer_kick: number;
  logo: number;
  origin_line: number;
  status_check: number;
  is_default: number;
}

function fromRow(row: PrinterRow): Printer {
  return {
    id: row.id,
    name: row.name,
    transport: row.transport,
    target: row.target,
    baudRate: row.baud_rate,
    columns: row.columns,
    codePage: row.code_page,
    qrMode: row.qr_mode,
    feedLines: row.feed_lines,
    cut: row.cut === 1,
    drawerKick: row.drawer_kick === 1,
    logo: row.logo === 1,
    originLine: row.origin_line === 1,
    statusCheck: row.status_check === 1,
    isDefault: row.is_default === 1,
  };
}

export function listPrinters(db: Database): Printer[] {
  const rows = db.prepare('SELECT * FROM printers ORDER BY is_default DESC, name').all() as PrinterRow[];
  return rows.map(fromRow);
}

export function findPrinter(db: Database, id: number): Printer | undefined {
  const row = db.prepare('SELECT * FROM printers WHERE id = ?').get(id) as PrinterRow | undefined;
  return row && fromRow(row);
}

export function getPrinter(db: Database, id: number): Printer {
  const printer = findPrinter(db, id);
  if (!printer) throw new EngineError('NOT_FOUND', 'printing.printerNotFound');
  return printer;
}

export function defaultPrinter(db: Database): Printer | undefined {
  const row = db.prepare('SELECT * FROM printers WHERE is_default = 1').get() as PrinterRow | undefined;
  return row && fromRow(row);
}

/** The printer a new job goes to: the one asked for, else the default; refuses when there is none. */
export function choosePrinter(db: Database, id: number | undefined): Printer {
  if (id !== undefined) return getPrinter(db, id);
  const printer = defaultPrinter(db);
  if (!printer) {
    throw new EngineError('PRINTER', 'printing.noDefaultPrinter');
  }
  return printer;
}

type ParsedPrinter = z.output<typeof printerInputSchema>;

/** Adds or updates a profile; the first printer ever saved becomes the default. */
export function savePrinter(db: Database, input: ParsedPrinter, now: Date): Printer {
  const at = now.toISOString();
  return db
    .transaction(() => {
      const duplicate = db
        .prepare('SELECT id FROM printers WHERE name = ? COLLATE NOCASE AND id IS NOT ?')
        .get(input.name, input.id ?? null) as { id: number } | undefined;
      if (duplicate) throw new EngineError('CONFLICT', 'printing.printerNameTaken', { name: input.name });
      const count = (db.prepare('SELECT count(*) AS n FROM printers').get() as { n: number }).n;
      const makeDefault = input.isDefault || count === 0 || (input.id !== undefined && count === 1);
      if (makeDefault) db.prepare('UPDATE printers SET is_default = 0 WHERE is_default = 1').run();
      const values = {
        name: input.name,
        transport: input.transport,
        target: input.target,
        baud_rate: input.transport === 'serial' ? (input.baudRate ?? 9600) : null,
        columns: input.columns,
        code_page: input.codePage,
        qr_mode: input.qrMode,
        feed_lines: input.feedLines,
        cut: input.cut ? 1 : 0,
        drawer_kick: input.drawerKick ? 1 : 0,
        logo: input.logo ? 1 : 0,
        origin_line: input.originLine ? 1 : 0,
        status_check: input.statusCheck ? 1 : 0,
        is_default: makeDefault ? 1 : 0,
        at,
      };
      let id = input.id;
      if (id === undefined) {
        id = Number(
          db
            .prepare(
              `INSERT INTO printers (name, transport, target, baud_rate, columns, code_page, qr_mode, feed_lines,
                 cut, drawer_kick, logo, origin_line, status_check, is_default, created_at, updated_at)
               VALUES (@name, @transport, @target, @baud_rate, @columns, @code_page, @qr_mode, @feed_lines,
                 @cut, @drawer_kick, @logo, @origin_line, @status_check, @is_default, @at, @at)`,
            )
            .run(values).lastInsertRowid,
        );
      } else {
        const wasDefault = getPrinter(db, id).isDefault;
        const changed = db
          .prepare(
            `UPDATE printers SET name = @name, transport = @transport, target = @target, baud_rate = @baud_rate,
               columns = @columns, code_page = @code_page, qr_mode = @qr_mode, feed_lines = @feed_lines, cut = @cut,
               drawer_kick = @drawer_kick, logo = @logo, origin_line = @origin_line, status_check = @status_check,
               is_default = @is_default, updated_at = @at
             WHERE id = @id`,
          )
          // Unticking "default" on the default printer keeps it: there is always one while any exist.
          .run({ ...values, is_default: makeDefault || wasDefault ? 1 : 0, id });
        if (changed.changes === 0) throw new EngineError('NOT_FOUND', 'printing.printerNotFound');
      }
      return getPrinter(db, id);
    })
    .immediate();
}

/** Removes a profile; when it was the default, the next one by name takes over. */
export function deletePrinter(db: Database, id: number): void {
  db.transaction(() => {
    const printer = getPrinter(db, id);
    db.prepare('DELETE FROM printers WHERE id = ?').run(id);
    if (printer.isDefault) {
      db.prepare(
        'UPDATE printers SET is_default = 1 WHERE id = (SELECT id FROM printers ORDER BY name COLLATE NOCASE LIMIT 1)',
      ).run();
    }
  }).immediate();
}
