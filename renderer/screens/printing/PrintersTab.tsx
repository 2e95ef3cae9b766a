// The printer profiles: list, add, edit, make default, test print, delete.
import { useCallback, useEffect, useState } from 'react';
import type { Printer } from '../../../shared/contract';
import { call } from '../../api/client';
import { PrintJobList } from '../../components/printing/PrintJobList';
import { errorText } from '../../components/printing/usePrintJobs';
import { Banner } from '../../components/ui';
import { useT } from '../../i18n';
import { PrinterForm } from './PrinterForm';

export function PrintersTab() {
  const t = useT();
  const [printers, setPrinters] = useState<Printer[] | null>(null);
  const [editing, setEditing] = useState<Printer | 'new' | null>(null);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  /** The printer whose delete button was pressed: the card asks before anything is removed. */
  const [deleting, setDeleting] = useState<number | null>(null);

  const load = useCallback(async () => {
    try {
      setPrinters(await call('printers.list', {}));
    } catch (err) {
      setMessage({ text: errorText(err), bad: true });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (action: () => Promise<string>) => {
    setMessage(null);
    setDeleting(null);
    try {
      setMessage({ text: await action(), bad: false });
    } catch (err) {
      setMessage({ text: errorText(err), bad: true });
    }
    await load();
  };

  if (editing) {
    return (
      <PrinterForm
        printer={editing === 'new' ? null : editing}
        onCancel={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          setMessage({ text: t('printing.printers.saved', { name: saved.name }), bad: false });
          void load();
        }}
      />
    );
  }

  return (
    <div className="printers-list">
      <div className="printers-toolbar">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="printer-add"
          onClick={() => setEditing('new')}
        >
          {t('printing.printers.add')}
        </button>
      </div>
      {message && (
        <Banner tone={message.bad ? 'error' : 'success'} testId="printers-message">
          {message.text}
        </Banner>
      )}
      {printers?.length === 0 && <p className="print-muted">{t('printing.printers.empty')}</p>}
      <ul className="printers-cards">
        {printers?.map((printer) => (
          <li key={printer.id} className="printers-card" data-testid="printer-row" data-name={printer.name}>
            <div className="printers-card-head">
              <strong>{printer.name}</strong>
              {printer.isDefault && (
                <span className="print-chip print-chip-sent">{t('printing.printers.default')}</span>
              )}
            </div>
            <p className="print-muted">
              {t(`printing.transport.${printer.transport}`)}
              {printer.target ? ` · ${printer.target}` : ''} · {t(`printing.columns.${printer.columns}`)}
            </p>
            <div className="print-job-actions">
              <button
                type="button"
                className="btn btn-small"
                data-testid="printer-edit"
                onClick={() => setEditing(printer)}
              >
                {t('printing.printers.edit')}
              </button>
              <button
                type="button"
                className="btn btn-small"
                data-testid="printer-test"
                onClick={() =>
                  void act(async () => {
                    await call('printers.test', { id: printer.id });
                    return t('printing.printers.testQueued', { name: printer.name });
                  })
                }
              >
                {t('printing.printers.test')}
              </button>
              {!printer.isDefault && (
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  data-testid="printer-make-default"
                  onClick={() =>
                    void act(async () => {
                      const saved = await call('printers.save', { ...printer, isDefault: true });
                      return t('printing.printers.saved', { name: saved.name });
                    })
                  }
                >
                  {t('printing.printers.makeDefault')}
                </button>
              )}
              <button
                type="button"
                className="btn btn-small btn-danger"
                data-testid="printer-delete"
                aria-expanded={deleting === printer.id}
                onClick={() => {
                  setMessage(null);
                  setDeleting(deleting === printer.id ? null : printer.id);
                }}
              >
                {t('printing.printers.delete')}
              </button>
            </div>
            {deleting === printer.id && (
              <Banner
                tone="warn"
                testId="printer-delete-ask"
                action={
                  <span className="printers-ask">
                    <button type="button" className="btn btn-small" onClick={() => setDeleting(null)}>
                      {t('dialog.cancel')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      data-testid="printer-delete-confirm"
                      onClick={() =>
                        void act(async () => {
                          await call('printers.delete', { id: printer.id });
                          return t('printing.printers.deleted', { name: printer.name });
                        })
                      }
                    >
                      {t('printing.printers.delete')}
                    </button>
                  </span>
                }
              >
                {t('printing.printers.deleteConfirm', { name: printer.name })}
              </Banner>
            )}
          </li>
        ))}
      </ul>
      {/* Recent jobs right here, so a test print's result shows where it was asked for. */}
      <h3>{t('printing.tab.queue')}</h3>
      <PrintJobList limit={5} />
    </div>
  );
}
