// Enrolling tills (docs/office.md, Pendaftaran kasir), on the devices page: the tills the office
// enrolled, sending or not yet, and for admins the form that enrols one and downloads its enrolment
// file. The file holds the till's upload token: each download makes a new token and revokes the last.
import { type FormEvent, useState } from 'react';
import { Banner, type Column, DataTable, Dialog, FormRow } from '../../../renderer/components/ui';
import type { EnrolledDevice, EnrolmentFile } from '../../../shared/office/contract';
import { ApiError, call, errorText } from '../api';
import { useLang, useT } from '../i18n';
import { useSession } from '../session';
import { download } from './CatalogueScreen';
import { formatInstant } from './formatInstant';

/** Where the tills send batches: this office's address, as the browser reached it. */
const ownAddress = () => `${window.location.origin}/batches`;

type Field = 'device' | 'name' | 'location' | 'uploadUrl';
const FIELDS: readonly string[] = ['device', 'name', 'location', 'uploadUrl'];

export function EnrolDevices({ enrolled, reload }: { enrolled: EnrolledDevice[]; reload: () => void }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const phase = useSession((s) => s.phase);
  const isAdmin = phase.kind === 'in' && phase.user.role === 'admin';
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ device: '', name: '', location: '', uploadUrl: '' });
  const [problem, setProblem] = useState<{ field: Field | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [given, setGiven] = useState<EnrolmentFile | null>(null);
  const [again, setAgain] = useState<EnrolledDevice | null>(null);

  const start = () => {
    setForm({ device: '', name: '', location: '', uploadUrl: ownAddress() });
    setProblem(null);
    setGiven(null);
    setOpen(true);
  };

  const received = (file: EnrolmentFile) => {
    download(file);
    setGiven(file);
    reload();
  };

  const enrol = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      received(await call('devices.enrol', form));
      setOpen(false);
    } catch (err) {
      const path = err instanceof ApiError ? err.path?.[0] : undefined;
      const field =
        typeof path === 'string' && FIELDS.includes(path)
          ? (path as Field)
          : err instanceof ApiError && err.key === 'enrolment.codeKnown'
            ? 'device'
            : null;
      setProblem({ field, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const downloadAgain = async (device: EnrolledDevice) => {
    setBusy(true);
    setProblem(null);
    try {
      received(await call('devices.enrolmentFile', { device: device.device }));
      setAgain(null);
    } catch (err) {
      setAgain(null);
      setProblem({ field: null, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: Field) => (problem?.field === field ? problem.text : null);
  const set = (field: Field, value: string) => {
    setForm({ ...form, [field]: value });
    if (problem?.field === field) setProblem(null);
  };

  const columns: Column<EnrolledDevice>[] = [
    { key: 'device', header: t('enrol.col.device'), kind: 'code', cell: (d) => d.device },
    {
      key: 'name',
      header: t('enrol.col.name'),
      cell: (d) => (d.location ? `${d.name} · ${d.location}` : d.name),
    },
    {
      key: 'state',
      header: t('enrol.col.state'),
      cellProps: () => ({ 'data-testid': 'enrolled-state' }),
      cell: (d) =>
        d.sending ? (
          <span className="office-chip office-chip-on">{t('enrol.sending')}</span>
        ) : (
          <span className="office-chip enrol-waiting">{t('enrol.notSending')}</span>
        ),
    },
    {
      key: 'file',
      header: t('enrol.col.file'),
      cell: (d) =>
        d.fileIssuedAt
          ? t('enrol.fileAt', { at: formatInstant(d.fileIssuedAt, lang), count: d.filesIssued })
          : '—',
    },
    {
      key: 'catalogue',
      header: t('enrol.col.catalogue'),
      cell: (d) => (d.catalogueVersion === null ? t('enrol.noCatalogue') : `v${d.catalogueVersion}`),
    },
  ];
  if (isAdmin) {
    columns.push({
      key: 'actions',
      header: t('enrol.col.actions'),
      kind: 'action',
      cell: (d) => (
        <button
          type="button"
          className="btn btn-small"
          data-testid="enrolled-download"
          onClick={() => setAgain(d)}
          disabled={busy}
        >
          {t('enrol.downloadAgain')}
        </button>
      ),
    });
  }

  return (
    <>
      <div className="office-subtitle-row">
        <h3 className="office-subtitle">{t('enrol.title')}</h3>
        {isAdmin && (
          <button type="button" className="btn btn-primary" data-testid="enrol-start" onClick={start}>
            {t('enrol.start')}
          </button>
        )}
      </div>
      <p className="office-note">{t('enrol.intro')}</p>
      {given && (
        <Banner tone={given.catalogueVersion === null ? 'warn' : 'success'} testId="enrol-given">
          {given.catalogueVersion === null
            ? t('enrol.givenNoCatalogue', { file: given.fileName })
            : t('enrol.given', { file: given.fileName, version: given.catalogueVersion })}{' '}
          {t('enrol.secret')}
        </Banner>
      )}
      {problem && problem.field === null && (
        <Banner tone="error" testId="enrol-error">
          {problem.text}
        </Banner>
      )}
      <DataTable
        columns={columns}
        rows={enrolled}
        rowKey={(d) => d.device}
        testId="enrolled-table"
        rowProps={(d) => ({ 'data-testid': 'enrolled-row', 'data-device': d.device })}
        empty={t('enrol.none')}
        caption={t('enrol.title')}
      />
      {open && (
        <Dialog
          title={t('enrol.dialogTitle')}
          onClose={() => setOpen(false)}
          canClose={!busy}
          testId="enrol-dialog"
          footer={
            <>
              <button type="button" className="btn" onClick={() => setOpen(false)} disabled={busy}>
                {t('common.cancel')}
              </button>
              <button
                type="submit"
                form="enrol-form"
                className="btn btn-primary"
                data-testid="enrol-submit"
                disabled={busy}
              >
                {t('enrol.submit')}
              </button>
            </>
          }
        >
          <form id="enrol-form" className="enrol-form" onSubmit={(e) => void enrol(e)} noValidate>
            <FormRow
              label={t('enrol.device')}
              help={t('enrol.deviceHelp')}
              error={fieldError('device')}
              messageTestId="enrol-device-error"
              required
            >
              <input
                data-testid="enrol-device"
                autoComplete="off"
                spellCheck={false}
                maxLength={8}
                value={form.device}
                onChange={(e) => set('device', e.target.value.toUpperCase().replace(/\s/g, ''))}
              />
            </FormRow>
            <FormRow label={t('enrol.name')} help={t('enrol.nameHelp')} error={fieldError('name')} required>
              <input
                data-testid="enrol-name"
                maxLength={40}
                value={form.name}
                onChange={(e) => set('name', e.target.value)}
              />
            </FormRow>
            <FormRow
              label={t('enrol.location')}
              help={t('enrol.locationHelp')}
              error={fieldError('location')}
            >
              <input
                data-testid="enrol-location"
                maxLength={40}
                value={form.location}
                onChange={(e) => set('location', e.target.value)}
              />
            </FormRow>
            <FormRow
              label={t('enrol.uploadUrl')}
              help={t('enrol.uploadUrlHelp')}
              error={fieldError('uploadUrl')}
              required
            >
              <input
                data-testid="enrol-upload-url"
                spellCheck={false}
                maxLength={500}
                value={form.uploadUrl}
                onChange={(e) => set('uploadUrl', e.target.value)}
              />
            </FormRow>
            <p className="office-note">{t('enrol.secretBefore')}</p>
          </form>
        </Dialog>
      )}
      {again && (
        <Dialog
          title={t('enrol.againTitle', { device: again.device })}
          onClose={() => setAgain(null)}
          canClose={!busy}
          testId="enrol-again-dialog"
          footer={
            <>
              <button type="button" className="btn" onClick={() => setAgain(null)} disabled={busy}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-primary"
                data-testid="enrol-again-confirm"
                disabled={busy}
                onClick={() => void downloadAgain(again)}
              >
                {t('enrol.downloadAgain')}
              </button>
            </>
          }
        >
          <p>{t('enrol.againText')}</p>
        </Dialog>
      )}
    </>
  );
}
