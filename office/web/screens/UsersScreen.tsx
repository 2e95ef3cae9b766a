// Users (admins only): everyone, the inactive included, with role, last sign-in and a lock from wrong
// passwords; add a person, change a role, give a new password, deactivate or reactivate. The server
// refuses what would leave the office without an active admin, and one's own role or deactivation.
import { useCallback, useEffect, useState } from 'react';
import { Banner, type Column, DataTable } from '../../../renderer/components/ui';
import type { OfficePerson, OfficeRole } from '../../../shared/office/contract';
import { call, errorText } from '../api';
import { useLang, useT } from '../i18n';
import { roleLabel } from '../Shell';
import { useSession } from '../session';
import { formatInstant } from './formatInstant';
import { type UserDialog, UserDialogs } from './UserDialogs';

export function UsersScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const phase = useSession((s) => s.phase);
  const me = phase.kind === 'in' ? phase.user : null;
  const [people, setPeople] = useState<OfficePerson[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<UserDialog | null>(null);

  const load = useCallback(async () => {
    try {
      setPeople(await call('users.list', {}));
    } catch (err) {
      setError(errorText(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const open = (next: UserDialog) => {
    setError(null);
    setNotice(null);
    setDialog(next);
  };
  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
    void load();
  };
  const roleName = (role: OfficeRole) => t(roleLabel(role));

  const columns: Column<OfficePerson>[] = [
    {
      key: 'name',
      header: t('users.col.name'),
      cellProps: () => ({ 'data-testid': 'user-name' }),
      cell: (person) => (
        <>
          {person.name}
          {person.id === me?.id && <span className="office-chip">{t('users.you')}</span>}
        </>
      ),
    },
    {
      key: 'role',
      header: t('users.col.role'),
      cellProps: () => ({ 'data-testid': 'user-role' }),
      cell: (person) => roleName(person.role),
    },
    {
      key: 'status',
      header: t('users.col.status'),
      cellProps: () => ({ 'data-testid': 'user-status' }),
      cell: (person) => (
        <span className={person.active ? 'office-chip office-chip-on' : 'office-chip office-chip-off'}>
          {t(person.active ? 'users.active' : 'users.inactive')}
        </span>
      ),
    },
    {
      key: 'lastSignIn',
      header: t('users.col.lastSignIn'),
      kind: 'num',
      cell: (person) => (person.lastSignInAt ? formatInstant(person.lastSignInAt, lang) : t('users.never')),
    },
    {
      key: 'locked',
      header: t('users.col.locked'),
      kind: 'num',
      cellProps: () => ({ 'data-testid': 'user-locked' }),
      cell: (person) => (person.lockedUntil ? formatInstant(person.lockedUntil, lang) : t('users.notLocked')),
    },
    {
      key: 'actions',
      header: t('users.col.actions'),
      kind: 'action',
      cell: (person) => {
        const self = person.id === me?.id;
        return (
          <div className="office-actions">
            {!self && (
              <button
                type="button"
                className="btn btn-small"
                data-testid="user-role-button"
                onClick={() => open({ kind: 'role', person })}
              >
                {t('users.changeRole')}
              </button>
            )}
            <button
              type="button"
              className="btn btn-small"
              data-testid="user-password-button"
              onClick={() => open({ kind: 'password', person })}
            >
              {t('users.resetPassword')}
            </button>
            {!self && (
              <button
                type="button"
                className={person.active ? 'btn btn-small btn-danger' : 'btn btn-small'}
                data-testid="user-active-button"
                onClick={() => open({ kind: 'active', person })}
              >
                {t(person.active ? 'users.deactivate' : 'users.activate')}
              </button>
            )}
          </div>
        );
      },
    },
  ];

  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <div className="office-page-head">
        <h2 id="office-page-title" className="office-page-title">
          {t('users.title')}
        </h2>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="user-add"
          onClick={() => open({ kind: 'add' })}
        >
          {t('users.add')}
        </button>
      </div>
      <p className="muted">{t('users.intro')}</p>
      {notice && (
        <Banner tone="success" testId="users-notice">
          {notice}
        </Banner>
      )}
      {error && (
        <Banner tone="error" testId="users-error">
          {error}
        </Banner>
      )}
      {people && (
        <DataTable
          columns={columns}
          rows={people}
          rowKey={(person) => person.id}
          rowProps={(person) => ({ 'data-testid': 'user-row', 'data-user': person.name })}
          testId="users-table"
          caption={t('users.title')}
        />
      )}
      {dialog && <UserDialogs dialog={dialog} onClose={() => setDialog(null)} onDone={done} />}
    </section>
  );
}
