// The People screen's dialogs: add a person, edit name and role, set a PIN, and the confirmations
// for a PIN reset and for (de)activating. Each shows the engine's refusal in its own alert and
// stays open, so nothing typed is lost.
import { type FormEvent, type ReactNode, useState } from 'react';
import type { Person, Role, User } from '../../../shared/contract';
import { call } from '../../api/client';
import { Modal } from '../../components/Modal';
import { type MessageKey, useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';

const digits = (text: string) => text.replace(/\D/g, '').slice(0, 6);

/** Runs a command for a dialog: busy while it runs, the engine's message when refused. */
function useRun<T>(onDone: (result: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await action());
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

function DialogError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="error" role="alert" data-testid="person-dialog-error">
      {error}
    </p>
  );
}

function Actions({
  busy,
  submit,
  onClose,
  danger,
}: {
  busy: boolean;
  submit: string;
  onClose: () => void;
  danger?: boolean;
}) {
  const t = useT();
  return (
    <div className="modal-actions">
      <button type="button" className="btn" onClick={onClose} disabled={busy}>
        {t('people.cancel')}
      </button>
      <button
        type="submit"
        className={`btn btn-big ${danger ? 'btn-danger people-danger' : 'btn-primary'}`}
        data-testid="person-form-submit"
        disabled={busy}
      >
        {submit}
      </button>
    </div>
  );
}

function PinInput({
  label,
  value,
  onChange,
  testId,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  autoFocus?: boolean;
}) {
  return (
    <label className="field">
      {label}
      <input
        className="people-input people-pin"
        data-testid={testId}
        data-autofocus={autoFocus ? true : undefined}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(digits(e.target.value))}
      />
    </label>
  );
}

function RoleSelect({
  roles,
  value,
  onChange,
}: {
  roles: Role[];
  value: Role;
  onChange: (role: Role) => void;
}) {
  const t = useT();
  return (
    <label className="field">
      {t('people.role')}
      <select
        className="people-input"
        data-testid="person-form-role"
        value={value}
        onChange={(e) => onChange(e.target.value as Role)}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`auth.role.${role}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Form({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      className="people-form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

export function AddPersonDialog({
  roles,
  onClose,
  onDone,
}: {
  roles: Role[];
  onClose: () => void;
  onDone: (made: User) => void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('cashier');
  const [pin, setPin] = useState('');
  const [pin2, setPin2] = useState('');
  const { busy, error, setError, run } = useRun(onDone);
  const submit = () => {
    if (pin !== pin2) {
      setError(t('people.pinMismatch'));
      return;
    }
    void run(() => call('users.create', { name, role, pin }));
  };
  return (
    <Modal title={t('people.addTitle')} onClose={onClose} canClose={!busy} className="people-modal">
      <Form onSubmit={submit}>
        <label className="field">
          {t('people.name')}
          <input
            className="people-input"
            data-testid="person-form-name"
            data-autofocus
            maxLength={60}
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {roles.length > 1 ? (
          <RoleSelect roles={roles} value={role} onChange={setRole} />
        ) : (
          <p className="people-fixed-role" data-testid="person-form-role-fixed">
            {t('people.role')}: <strong>{t('auth.role.cashier')}</strong>
            <span className="muted"> · {t('people.onlyCashier')}</span>
          </p>
        )}
        <div className="people-pins">
          <PinInput label={t('people.pin')} value={pin} onChange={setPin} testId="person-form-pin" />
          <PinInput
            label={t('people.pinConfirm')}
            value={pin2}
            onChange={setPin2}
            testId="person-form-pin2"
          />
        </div>
        <DialogError error={error} />
        <Actions busy={busy} submit={t('people.addSubmit')} onClose={onClose} />
      </Form>
    </Modal>
  );
}

export function EditPersonDialog({
  person,
  roles,
  self,
  onClose,
  onDone,
}: {
  person: Person;
  roles: Role[];
  self: boolean;
  onClose: () => void;
  onDone: (saved: Person) => void;
}) {
  const t = useT();
  const [name, setName] = useState(person.name);
  const [role, setRole] = useState<Role>(person.role);
  const { busy, error, run } = useRun(onDone);
  const submit = () => {
    const changes = {
      ...(name.trim() !== person.name ? { name } : {}),
      ...(role !== person.role ? { role } : {}),
    };
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    void run(() => call('users.update', { userId: person.id, ...changes }));
  };
  const canChangeRole = !self && roles.length > 1;
  return (
    <Modal
      title={t('people.editTitle', { name: person.name })}
      onClose={onClose}
      canClose={!busy}
      className="people-modal"
    >
      <Form onSubmit={submit}>
        <label className="field">
          {t('people.name')}
          <input
            className="people-input"
            data-testid="person-form-name"
            data-autofocus
            maxLength={60}
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {canChangeRole ? (
          <RoleSelect roles={roles} value={role} onChange={setRole} />
        ) : (
          <p className="people-fixed-role" data-testid="person-form-role-fixed">
            {t('people.role')}: <strong>{t(`auth.role.${person.role}` as MessageKey)}</strong>
            <span className="muted"> · {t(self ? 'people.ownRole' : 'people.onlyCashier')}</span>
          </p>
        )}
        <DialogError error={error} />
        <Actions busy={busy} submit={t('people.save')} onClose={onClose} />
      </Form>
    </Modal>
  );
}

export function PinDialog({
  person,
  self,
  onClose,
  onDone,
}: {
  person: Person;
  self: boolean;
  onClose: () => void;
  onDone: (saved: Person) => void;
}) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [pin2, setPin2] = useState('');
  const { busy, error, setError, run } = useRun(onDone);
  const submit = () => {
    if (pin !== pin2) {
      setError(t('people.pinMismatch'));
      return;
    }
    void run(() =>
      call('users.setPin', { userId: person.id, pin, ...(self ? { currentPin: current } : {}) }),
    );
  };
  return (
    <Modal
      title={self ? t('people.ownPinTitle') : t('people.pinTitle', { name: person.name })}
      onClose={onClose}
      canClose={!busy}
      className="people-modal"
    >
      <Form onSubmit={submit}>
        {!self && <p className="muted">{t('people.pinText', { name: person.name })}</p>}
        {self && (
          <PinInput
            label={t('people.currentPin')}
            value={current}
            onChange={setCurrent}
            testId="person-form-current-pin"
            autoFocus
          />
        )}
        <div className="people-pins">
          <PinInput
            label={t('people.pin')}
            value={pin}
            onChange={setPin}
            testId="person-form-pin"
            autoFocus={!self}
          />
          <PinInput
            label={t('people.pinConfirm')}
            value={pin2}
            onChange={setPin2}
            testId="person-form-pin2"
          />
        </div>
        <DialogError error={error} />
        <Actions busy={busy} submit={t('people.save')} onClose={onClose} />
      </Form>
    </Modal>
  );
}

export function ConfirmDialog({
  title,
  text,
  submit,
  danger,
  run: action,
  onClose,
  onDone,
}: {
  title: string;
  text: string;
  submit: string;
  danger?: boolean;
  run: () => Promise<Person>;
  onClose: () => void;
  onDone: (saved: Person) => void;
}) {
  const { busy, error, run } = useRun(onDone);
  return (
    <Modal title={title} onClose={onClose} canClose={!busy} className="people-modal">
      <Form onSubmit={() => void run(action)}>
        <p>{text}</p>
        <DialogError error={error} />
        <Actions busy={busy} submit={submit} onClose={onClose} danger={danger} />
      </Form>
    </Modal>
  );
}
