// The People screen (managers and admins): everyone who uses the till, the inactive included, with
// their role, last sign-in, a PIN wait after wrong PINs and a pending PIN reset; add a person, edit
// name and role, set or reset a PIN, deactivate or reactivate. The engine enforces who may manage
// whom (docs/security.md); the screen only offers what it would allow.
import './people.css';
import { useCallback, useEffect, useState } from 'react';
import type { Person, Role, User } from '../../../shared/contract';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { useDeviceTimeZone } from '../../api/deviceTimeZone';
import { Banner, type Column, DataTable } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { useSession } from '../../stores/session';
import { messageOf } from '../catalog/useCatalogLookups';
import { AddPersonDialog, ConfirmDialog, EditPersonDialog, PinDialog } from './PeopleDialogs';

export type PeopleDialog =
  | { kind: 'add' }
  | { kind: 'edit'; person: Person }
  | { kind: 'pin'; person: Person }
  | { kind: 'reset'; person: Person }
  | { kind: 'active'; person: Person };

/** Roles the signed-in person may give: an admin any, a manager cashier only. */
export function rolesFor(me: User): Role[] {
  return me.role === 'admin' ? ['cashier', 'manager', 'admin'] : ['cashier'];
}

/** Whether `me` may manage `person` at all (the engine's rule; oneself aside). */
function mayManage(me: User, person: Person): boolean {
  return me.role === 'admin' || (me.role === 'manager' && person.role === 'cashier');
}

export function PeopleScreen() {
  const t = useT();
  const me = useSession((s) => s.user);
  const zone = useDeviceTimeZone();
  const [people, setPeople] = useState<Person[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<PeopleDialog | null>(null);

  const load = useCallback(async () => {
    try {
      setPeople(await call('users.list', {}));
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (!me) return null;
  const roleName = (role: Role) => t(`auth.role.${role}` as MessageKey);
  const when = (iso: string | null) => (iso ? formatZonedDateTime(new Date(iso), zone) : null);
  const open = (next: PeopleDialog) => {
    setError(null);
    setNotice(null);
    setDialog(next);
  };
  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
    void load();
  };

  const columns: Column<Person>[] = [
    {
      key: 'name',
      header: t('people.col.name'),
      cellProps: () => ({ className: 'people-name' }),
      cell: (person) => (
        <>
          {person.name}
          {person.id === me.id && <span className="people-chip people-chip-you">{t('people.you')}</span>}
        </>
      ),
    },
    {
      key: 'role',
      header: t('people.col.role'),
      cellProps: () => ({ 'data-testid': 'person-role' }),
      cell: (person) => roleName(person.role),
    },
    {
      key: 'status',
      header: t('people.col.status'),
      cell: (person) => (
        <>
          <span
            className={`people-chip ${person.active ? 'people-chip-on' : 'people-chip-off'}`}
            data-testid="person-status"
          >
            {t(person.active ? 'people.active' : 'people.inactive')}
          </span>
          {person.pinResetPending && (
            <span className="people-chip people-chip-reset" data-testid="person-reset-pending">
              {t('people.resetPending')}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'lastLogin',
      header: t('people.col.lastLogin'),
      cellProps: () => ({ 'data-testid': 'person-last-login' }),
      cell: (person) => when(person.lastLoginAt) ?? t('people.never'),
    },
    {
      key: 'locked',
      header: t('people.col.locked'),
      cellProps: () => ({ 'data-testid': 'person-locked' }),
      cell: (person) =>
        person.lockedUntil ? (
          <span className="people-chip people-chip-locked">{when(person.lockedUntil)}</span>
        ) : (
          t('people.notLocked')
        ),
    },
    {
      key: 'actions',
      header: t('people.col.actions'),
      kind: 'action',
      cell: (person) => {
        const self = person.id === me.id;
        const manage = mayManage(me, person);
        return (
          <div className="people-actions">
            {manage && (
              <button
                type="button"
                className="btn btn-small"
                data-testid="person-edit"
                onClick={() => open({ kind: 'edit', person })}
              >
                {t('people.edit')}
              </button>
            )}
            {(manage || self) && (
              <button
                type="button"
                className="btn btn-small"
                data-testid="person-pin"
                onClick={() => open({ kind: 'pin', person })}
              >
                {t(self ? 'people.ownPin' : 'people.setPin')}
              </button>
            )}
            {manage && !self && person.active && !person.pinResetPending && (
              <button
                type="button"
                className="btn btn-small"
                data-testid="person-reset"
                onClick={() => open({ kind: 'reset', person })}
              >
                {t('people.resetPin')}
              </button>
            )}
            {manage && !self && (
              <button
                type="button"
                className={`btn btn-small${person.active ? ' btn-danger' : ''}`}
                data-testid="person-active"
                onClick={() => open({ kind: 'active', person })}
              >
                {t(person.active ? 'people.deactivate' : 'people.activate')}
              </button>
            )}
          </div>
        );
      },
    },
  ];

  return (
    <main className="people">
      <div className="people-head">
        <div>
          <h2>{t('people.title')}</h2>
          <p className="muted">{t(me.role === 'admin' ? 'people.introAdmin' : 'people.introManager')}</p>
        </div>
        <button
          type="button"
          className="btn btn-primary btn-big"
          data-testid="people-add"
          onClick={() => open({ kind: 'add' })}
        >
          {t('people.add')}
        </button>
      </div>
      {error && (
        <Banner tone="error" testId="people-error">
          {error}
        </Banner>
      )}
      {notice && (
        <Banner tone="success" testId="people-notice">
          {notice}
        </Banner>
      )}
      {people === null && !error && <p className="muted">{t('people.loading')}</p>}
      {people && (
        <DataTable
          columns={columns}
          rows={people}
          rowKey={(person) => person.id}
          rowProps={(person) => ({
            'data-testid': 'person-row',
            'data-name': person.name,
            className: person.active ? undefined : 'people-inactive',
          })}
          testId="people-table"
          caption={t('people.title')}
        />
      )}
      {dialog?.kind === 'add' && (
        <AddPersonDialog
          roles={rolesFor(me)}
          onClose={() => setDialog(null)}
          onDone={(made) => done(t('people.added', { name: made.name, role: roleName(made.role) }))}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditPersonDialog
          person={dialog.person}
          roles={rolesFor(me)}
          self={dialog.person.id === me.id}
          onClose={() => setDialog(null)}
          onDone={(saved) => done(t('people.saved', { name: saved.name }))}
        />
      )}
      {dialog?.kind === 'pin' && (
        <PinDialog
          person={dialog.person}
          self={dialog.person.id === me.id}
          onClose={() => setDialog(null)}
          onDone={(saved) => done(t('people.pinSaved', { name: saved.name }))}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ConfirmDialog
          title={t('people.resetTitle', { name: dialog.person.name })}
          text={t('people.resetText', { name: dialog.person.name })}
          submit={t('people.resetSubmit')}
          danger
          run={() => call('users.resetPin', { userId: dialog.person.id })}
          onClose={() => setDialog(null)}
          onDone={(saved) => done(t('people.resetDone', { name: saved.name }))}
        />
      )}
      {dialog?.kind === 'active' && (
        <ConfirmDialog
          title={t(dialog.person.active ? 'people.deactivateTitle' : 'people.activateTitle', {
            name: dialog.person.name,
          })}
          text={t(dialog.person.active ? 'people.deactivateText' : 'people.activateText', {
            name: dialog.person.name,
          })}
          submit={t(dialog.person.active ? 'people.deactivateSubmit' : 'people.activateSubmit')}
          danger={dialog.person.active}
          run={() => call('users.setActive', { userId: dialog.person.id, active: !dialog.person.active })}
          onClose={() => setDialog(null)}
          onDone={(saved) =>
            done(t(saved.active ? 'people.activated' : 'people.deactivated', { name: saved.name }))
          }
        />
      )}
    </main>
  );
}
