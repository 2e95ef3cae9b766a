// Enrolling a till at the office, on both databases: the file a till's setup reads (checked by the
// till's own reader), a device code the office knows refused with nothing written, and each
// download making a new token and revoking the one before, audited.
import { expect, it, vi } from 'vitest';
import { checkEnrolment } from '../../../electron/core/setup/enrolmentFile';
import { formatMessage } from '../../../shared/messages';
import { describeBackends } from '../../db/testing/backends';
import { seededOffice } from '../catalogue/testing/packages';
import { knownUploadToken } from '../uploads/tokens';

vi.setConfig({ testTimeout: 60_000 });

const PLU2 = {
  device: 'plu2',
  name: 'Karya Lapas Palu',
  location: 'Jl. Dewi Sartika No. 1',
  uploadUrl: 'https://kantor.example.id/batches/',
};

function fileOf(base64: string) {
  return checkEnrolment(Buffer.from(base64, 'base64'), 'karya-pendaftaran-PLU2.zip');
}

describeBackends('office enrolment of a till', (kind) => {
  it('gives a signed file the till accepts: its token works, the whole published catalogue rides along', async () => {
    const { o, admin } = await seededOffice(kind);
    // Nothing published yet: the file carries no catalogue.
    const first = await o.ok('devices.enrol', PLU2, admin);
    expect(first).toMatchObject({ fileName: 'karya-pendaftaran-PLU2.zip', catalogueVersion: null });
    const bare = fileOf(first.base64);
    expect(bare.catalogue).toBeNull();
    expect(bare.doc).toMatchObject({
      officeName: 'Kantor',
      device: 'PLU2',
      name: 'Karya Lapas Palu',
      location: 'Jl. Dewi Sartika No. 1',
      uploadUrl: 'https://kantor.example.id/batches',
      issuedAt: o.now().toISOString(),
    });
    const overview = await o.ok('catalogue.overview', {}, admin);
    expect(bare.doc.publicKey).toBe(overview.publicKey);
    expect(await knownUploadToken(o.db, bare.doc.token, [])).toBe(true);

    // Listed before any batch came: enrolled, not sending.
    const roster = await o.ok('devices.list', {}, admin);
    expect(roster.enrolled).toEqual([
      expect.objectContaining({ device: 'PLU2', sending: false, filesIssued: 1, catalogueVersion: null }),
    ]);

    await o.ok('catalogue.publish', { version: 1 }, admin);
    const again = await o.ok('devices.enrolmentFile', { device: 'PLU2' }, admin);
    const full = fileOf(again.base64);
    expect(full.doc.catalogueVersion).toBe(1);
    expect(full.catalogue?.manifest).toMatchObject({ version: 1, basedOn: 0 });
    expect(full.catalogue?.doc.products.map((p) => p.sku)).toEqual(['KST-01']);
    expect(again.device).toMatchObject({ filesIssued: 2, catalogueVersion: 1 });
  });

  it('refuses a code the office knows, from an enrolment or from batches, and writes nothing', async () => {
    const { o, admin } = await seededOffice(kind);
    await o.ok('devices.enrol', PLU2, admin);
    // A code batches came from (as the intake leaves it).
    await o.db.query("insert into devices (code, time_zone) values ('DGL1', 'Asia/Makassar')");
    const viewer = await o.person(admin, 'vina', 'viewer');
    const rows = async () =>
      JSON.stringify([
        (await o.db.query('select code, name, token_id from enrolled_devices order by code')).rows,
        (await o.db.query('select id, revoked_at from upload_tokens order by id')).rows,
        (await o.db.query('select count(*)::int as n from audit')).rows,
      ]);
    const before = await rows();
    const again = await o.run('devices.enrol', { ...PLU2, name: 'Lain' }, admin);
    expect(again.result.ok).toBe(false);
    if (!again.result.ok) {
      expect(again.result.error).toMatchObject({ code: 'CONFLICT', key: 'enrolment.codeKnown' });
      expect(again.result.error.message).toBe(
        'Kode perangkat PLU2 sudah dikenal kantor (kode ini sudah didaftarkan). Setiap kasir memerlukan kode sendiri; pilih kode lain.',
      );
    }
    const fromBatches = await o.run('devices.enrol', { ...PLU2, device: 'dgl1' }, admin);
    expect(!fromBatches.result.ok && fromBatches.result.error.message).toContain(
      'batch dari kode ini sudah diterima',
    );
    // The till's own rules for a code and an address; a viewer may not enrol.
    const message = async (input: unknown) => {
      const { result } = await o.run('devices.enrol', input, admin);
      return result.ok ? 'passed' : result.error.message;
    };
    expect(await message({ ...PLU2, device: 'P-1' })).toContain('Kode perangkat harus 2 sampai 8');
    expect(await message({ ...PLU2, device: 'PLU3', uploadUrl: 'http://10.0.0.5/batches' })).toContain(
      'https',
    );
    expect(await message({ ...PLU2, device: 'PLU3', name: ' ' })).toContain('Isi nama stan atau outlet');
    expect(await o.refused('devices.enrol', { ...PLU2, device: 'PLU3' }, viewer)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await o.refused('devices.enrolmentFile', { device: 'PLU9' }, admin)).toMatchObject({
      key: 'enrolment.notEnrolled',
    });
    expect(await rows()).toBe(before);
    expect(formatMessage('en', 'enrolment.codeKnown', { device: 'X', why: 'y' })).toContain('already known');
  });

  it('each download makes a new token and revokes the one before, both audited', async () => {
    const { o, admin } = await seededOffice(kind);
    const first = fileOf((await o.ok('devices.enrol', PLU2, admin)).base64).doc.token;
    o.setNow(new Date(o.now().getTime() + 60_000));
    const second = fileOf((await o.ok('devices.enrolmentFile', { device: 'plu2' }, admin)).base64).doc.token;
    expect(second).not.toBe(first);
    expect(await knownUploadToken(o.db, first, [])).toBe(false);
    expect(await knownUploadToken(o.db, second, [])).toBe(true);
    const tokens = await o.ok('uploads.tokens', {}, admin);
    expect(tokens.map((t) => [t.label, t.revokedAt !== null])).toEqual([
      ['PLU2 (pendaftaran)', false],
      ['PLU2 (pendaftaran)', true],
    ]);
    const audit = await o.ok('audit.list', {}, admin);
    const actions = audit
      .filter((a) => a.action.startsWith('device.') || a.action.startsWith('uploadToken.'))
      .map((a) => a.action)
      .reverse();
    expect(actions).toEqual([
      'device.enrol',
      'uploadToken.create',
      'device.enrolmentFile',
      'uploadToken.revoke',
      'uploadToken.create',
      'device.enrolmentFile',
    ]);
  });
});
