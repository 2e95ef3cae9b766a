// The users screen's dialogs: add a person, change a role, give a new password, (de)activate.
// Each runs one command; the server's refusal is shown in place (on its field when it names one).
import { type FormEvent, useState } from 'react';
import { Banner, Dialog, FormRow } from '../../../renderer/components/ui';
import type { OfficePerson } from '../../../shared/office/contract';
import { OFFICE_ROLES, type OfficeRole } from '../../../shared/office/roles';
import { ApiError, call, errorText } from '../api';
import { useT } from '../i18n';
import { roleLabel } from '../Shell';

export type UserDialog =
  | { kind: 'add' }
  | { kind: 'role'; person: OfficePerson }
  | { kind: 'password'; person: OfficePerson }
  | { kind: 'active'; person: OfficePerson };

interface Problem {
  field: string | null;
  text: string;
}

function problemOf(err: unknown): Problem {
  const field = err instanceof ApiError && err.code === 'INVALID_INPUT' ? err.path?.[0] : undefined;
  return { field: typeof field === 'string' ? field : null, text: errorText(err) };
}

export function UserDialogs({
  dialog,
  onClose,
  onDone,
}: {
  dialog: UserDialog;
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  const t = useT();
  const person = dialog.kind === 'add' ? null : dialog.person;
  const [name, setName] = useState('');
  const [role, setRole] = useState<OfficeRole>(person?.role ?? 'viewer');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const roleName = (value: OfficeRole) => t(roleLabel(value));
  const errorOf = (field: string) => (problem?.field === field ? problem.text : null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setProblem(null);
    try {
      onDone(await work());
    } catch (err) {
      setProblem(problemOf(err));
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      switch (dialog.kind) {
        case 'add': {
          const added = await call('users.create', { name, role, password });
          return t('users.added', { name: added.name, role: roleName(added.role) });
        }
        case 'role': {
          const changed = await call('users.setRole', { userId: dialog.person.id, role });
          return t('users.roleChanged', { name: changed.name, role: roleName(changed.role) });
        }
        case 'password':
          await call('users.resetPassword', { userId: dialog.person.id, password });
          return t('users.passwordSet', { name: dialog.person.name });
        case 'active': {
          const changed = await call('users.setActive', {
            userId: dialog.person.id,
            active: !dialog.person.active,
          });
          return t(changed.active ? 'users.activated' : 'users.deactivated', { name: changed.name });
        }
      }
    });
  };

  const title =
    dialog.kind === 'add'
      ? t('users.addTitle')
      : dialog.kind === 'role'
        ? t('users.roleTitle', { name: dialog.person.name })
        : dialog.kind === 'password'
          ? t('users.passwordTitle', { name: dialog.person.name })
          : t(dialog.person.active ? 'users.deactivateTitle' : 'users.activateTitle', {
              name: dialog.person.name,
            });
  const deactivating = dialog.kind === 'active' && dialog.person.active;

  const roleField = (
    <FormRow label={t('users.role')} error={errorOf('role')} required>
      <select
        data-testid="user-role-select"
        value={role}
        onChange={(e) => setRole(e.target.value as OfficeRole)}
      >
        {OFFICE_ROLES.map((value) => (
          <option key={value} value={value}>
            {roleName(value)}
          </option>
        ))}
      </select>
    </FormRow>
  );

  return (
    <Dialog
      title={title}
      onClose={onClose}
      canClose={!busy}
      testId={`user-dialog-${dialog.kind}`}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="user-dialog-form"
            className={deactivating ? 'btn btn-primary office-btn-danger' : 'btn btn-primary'}
            data-testid="user-dialog-save"
            disabled={busy}
          >
            {dialog.kind === 'active'
              ? t(dialog.person.active ? 'users.deactivate' : 'users.activate')
              : t('users.save')}
          </button>
        </>
      }
    >
      <form id="user-dialog-form" className="office-form" onSubmit={submit} noValidate>
        {dialog.kind === 'add' && (
          <>
            <FormRow label={t('users.name')} error={errorOf('name')} required>
              <input
                data-testid="user-name-input"
                autoComplete="off"
                value={name}
                onChange={(e) => setName(e.target.value)}
                data-autofocus
              />
            </FormRow>
            {roleField}
            <FormRow
              label={t('users.password')}
              error={errorOf('password')}
              help={t('users.passwordHelp')}
              required
            >
              <input
                type="password"
                data-testid="user-password-input"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </FormRow>
          </>
        )}
        {dialog.kind === 'role' && roleField}
        {dialog.kind === 'password' && (
          <FormRow
            label={t('users.newPassword')}
            error={errorOf('password')}
            help={t('users.resetHelp')}
            required
          >
            <input
              type="password"
              data-testid="user-password-input"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-autofocus
            />
          </FormRow>
        )}
        {dialog.kind === 'active' && (
          <p>{t(dialog.person.active ? 'users.deactivateText' : 'users.activateText')}</p>
        )}
        {problem && problem.field === null && (
          <Banner tone="error" testId="user-dialog-error">
            {problem.text}
          </Banner>
        )}
      </form>
    </Dialog>
  );
}
