// Who may run each office command: the table below is the rule as written for people to read; the
// test fails when the contract says otherwise, and then calls every command as everyone (no one,
// a viewer, finance, an admin) to check the server enforces it.
import { expect, it, vi } from 'vitest';
import { OFFICE_COMMAND_NAMES, type OfficeRole, officeCommands } from '../../shared/office/contract';
import { describeBackends } from '../db/testing/backends';
import { testOffice } from './testing/officeCore';

// The first test of a run may make the run's database templates (PGlite's initdb takes seconds
// on a loaded machine), so a test here may wait longer than the default.
vi.setConfig({ testTimeout: 120_000 });

const ALL: readonly OfficeRole[] = ['viewer', 'finance', 'admin'];

const EXPECTED: Record<string, 'public' | readonly OfficeRole[]> = {
  'auth.status': 'public',
  'auth.createFirstAdmin': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'auth.changePassword': ALL,
  'users.list': ['admin'],
  'users.create': ['admin'],
  'users.setRole': ['admin'],
  'users.resetPassword': ['admin'],
  'users.setActive': ['admin'],
  'settings.get': ALL,
  'settings.update': ['admin'],
  'audit.list': ['admin'],
  'statements.units': ALL,
  'statements.preview': ALL,
  'statements.issue': ['finance', 'admin'],
  'statements.list': ALL,
  'statements.file': ALL,
  'overview.get': ALL,
  'devices.list': ALL,
  'devices.enrol': ['admin'],
  'devices.enrolmentFile': ['admin'],
  'products.top': ALL,
  'stock.units': ALL,
  'stock.onHand': ALL,
  'stock.consignment': ALL,
  'stock.consignmentFile': ALL,
  'find.document': ALL,
  'uploads.tokens': ['admin'],
  'uploads.createToken': ['admin'],
  'uploads.revokeToken': ['admin'],
  'office.importFolder': ['finance', 'admin'],
  'catalogue.overview': ALL,
  'catalogue.products': ALL,
  'catalogue.product': ALL,
  'catalogue.saveUnit': ['admin'],
  'catalogue.saveWorkshop': ['admin'],
  'catalogue.saveCategory': ['admin'],
  'catalogue.saveTier': ['admin'],
  'catalogue.saveProduct': ['admin'],
  'catalogue.publish': ['admin'],
  'catalogue.packages': ALL,
  'catalogue.packageFile': ['admin'],
  'catalogue.importFile': ['admin'],
};

it('names the roles of every office command, as the table above says', () => {
  const actual = Object.fromEntries(OFFICE_COMMAND_NAMES.map((name) => [name, officeCommands[name].roles]));
  expect(actual).toEqual(EXPECTED);
});

describeBackends('office roles', (kind) => {
  it('refuses every command to those its roles leave out, before reading its input', async () => {
    const office = await testOffice(kind);
    const admin = await office.firstAdmin();
    const callers: { who: 'anonymous' | OfficeRole; token: string | undefined }[] = [
      { who: 'anonymous', token: undefined },
      { who: 'viewer', token: await office.person(admin, 'vina', 'viewer') },
      { who: 'finance', token: await office.person(admin, 'fajar', 'finance') },
      { who: 'admin', token: admin },
    ];
    // Signing out would end the caller's session: it goes last.
    const names = [...OFFICE_COMMAND_NAMES].sort(
      (a, b) => Number(a === 'auth.signOut') - Number(b === 'auth.signOut'),
    );
    for (const name of names) {
      const roles = EXPECTED[name] ?? [];
      for (const { who, token } of callers) {
        // An empty input: a command the caller may run answers, or refuses the input; never her role.
        const { result } = await office.run(name, { unknownField: 1 }, token);
        const code = result.ok ? 'OK' : result.error.code;
        const allowed = roles === 'public' || (who !== 'anonymous' && roles.includes(who));
        if (allowed) expect(['OK', 'INVALID_INPUT'], `${name} as ${who}`).toContain(code);
        else expect(code, `${name} as ${who}`).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    }
  });
});
