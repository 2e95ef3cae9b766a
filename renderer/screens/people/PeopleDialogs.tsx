// The People screen's dialogs: add a person, edit name and role, set a PIN, and the confirmations
// for a PIN reset and for (de)activating. They share one frame (the buttons in a footer that stays
// in view) and the same name, role and PIN fields. Each shows the engine's refusal in its own alert
// and stays open, so nothing typed is lost; two PINs that differ are named under the second.
import { type ReactNode, useId, useState } from 'react';
import type { Person, Role, User } from '../../../shared/contract';
import { call } from '../../api/client';
import { Banner, Dialog, FormRow } from '../../components/ui';
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
  return { busy, error, run };
}

/** The frame of every People dialog: a form, the engine's refusal under it, Cancel and the action. */
function PersonDialog({
  title,
  submit,
  danger,
  busy,
  error,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  submit: string;
  danger?: boolean;
  busy: boolean;
  error: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const formId = useId();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      canClose={!busy}
      className="people-modal"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            {t('people.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className={`btn btn-big ${danger ? 'btn-danger people-danger' : 'btn-primary'}`}
            data-testid="person-form-submit"
            disabled={busy}
          >
            {submit}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="people-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
        {error && (
          <Banner tone="error" testId="person-dialog-error">
            {error}
          </Banner>
        )}
      </form>
    </Dialog>
  );
}

function NameField({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  const t = useT();
  return (
    <FormRow label={t('people.name')} required>
      <input
        data-testid="person-form-name"
        data-autofocus
        maxLength={60}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormRow>
  );
}

/** A choice of roles where there is one; otherwise the role the person gets, and why it is fixed. */
function RoleField({
  roles,
  value,
  onChange,
  why,
}: {
  roles: Role[] | null;
  value: Role;
  onChange: (role: Role) => void;
  why: MessageKey;
}) {
  const t = useT();
  if (!roles) {
    return (
      <p className="people-fixed-role" data-testid="person-form-role-fixed">
        {t('people.role')}: <strong>{t(`auth.role.${value}` as MessageKey)}</strong>
        <span className="muted"> · {t(why)}</span>
      </p>
    );
  }
  return (
    <FormRow label={t('people.role')}>
      <select data-testid="person-form-role" value={value} onChange={(e) => onChange(e.target.value as Role)}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`auth.role.${role}` as MessageKey)}
          </option>
        ))}
      </select>
    </FormRow>
  );
}

function PinField({
  label,
  value,
  onChange,
  testId,
  autoFocus,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  autoFocus?: boolean;
  error?: string | null;
}) {
  return (
    <FormRow label={label} required error={error} messageTestId={`${testId}-error`}>
      <input
        className="people-pin"
        data-testid={testId}
        data-autofocus={autoFocus ? true : undefined}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(digits(e.target.value))}
      />
    </FormRow>
  );
}

/** A new PIN typed twice; `matches()` names a difference under the second. */
function usePinPair() {
  const [pin, setPin] = useState('');
  const [pin2, setPin2] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return {
    pin,
    pin2,
    mismatch,
    setPin: (value: string) => {
      setMismatch(false);
      setPin(value);
    },
    setPin2: (value: string) => {
      setMismatch(false);
      setPin2(value);
    },
    matches: () => {
      setMismatch(pin !== pin2);
      return pin === pin2;
    },
  };
}

function PinPair({ pair, autoFocus }: { pair: ReturnType<typeof usePinPair>; autoFocus?: boolean }) {
  const t = useT();
  return (
    <div className="people-pins">
      <PinField
        label={t('people.pin')}
        value={pair.pin}
        onChange={pair.setPin}
        testId="person-form-pin"
        autoFocus={autoFocus}
      />
      <PinField
        label={t('people.pinConfirm')}
        value={pair.pin2}
        onChange={pair.setPin2}
        testId="person-form-pin2"
        error={pair.mismatch ? t('people.pinMismatch') : null}
      />
    </div>
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
  const pins = usePinPair();
  const { busy, error, run } = useRun(onDone);
  const submit = () => {
    if (pins.matches()) void run(() => call('users.create', { name, role, pin: pins.pin }));
  };
  return (
    <PersonDialog
      title={t('people.addTitle')}
      submit={t('people.addSubmit')}
      busy={busy}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <NameField value={name} onChange={setName} />
      <RoleField
        roles={roles.length > 1 ? roles : null}
        value={role}
        onChange={setRole}
        why="people.onlyCashier"
      />
      <PinPair pair={pins} />
    </PersonDialog>
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
  return (
    <PersonDialog
      title={t('people.editTitle', { name: person.name })}
      submit={t('people.save')}
      busy={busy}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <NameField value={name} onChange={setName} />
      <RoleField
        roles={!self && roles.length > 1 ? roles : null}
        value={role}
        onChange={setRole}
        why={self ? 'people.ownRole' : 'people.onlyCashier'}
      />
    </PersonDialog>
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
  const pins = usePinPair();
  const { busy, error, run } = useRun(onDone);
  const submit = () => {
    if (!pins.matches()) return;
    void run(() =>
      call('users.setPin', { userId: person.id, pin: pins.pin, ...(self ? { currentPin: current } : {}) }),
    );
  };
  return (
    <PersonDialog
      title={self ? t('people.ownPinTitle') : t('people.pinTitle', { name: person.name })}
      submit={t('people.save')}
      busy={busy}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      {self ? (
        <PinField
          label={t('people.currentPin')}
          value={current}
          onChange={setCurrent}
          testId="person-form-current-pin"
          autoFocus
        />
      ) : (
        <p className="muted">{t('people.pinText', { name: person.name })}</p>
      )}
      <PinPair pair={pins} autoFocus={!self} />
    </PersonDialog>
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
    <PersonDialog
      title={title}
      submit={submit}
      danger={danger}
      busy={busy}
      error={error}
      onSubmit={() => void run(action)}
      onClose={onClose}
    >
      <p>{text}</p>
    </PersonDialog>
  );
}
