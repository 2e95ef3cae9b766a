// Enrolling a till (docs/office.md, Pendaftaran kasir): an admin names a device code the office does
// not know yet (no batch came from it, nobody enrolled it), the booth's name and location and the
// address it sends its batches to. The office keeps the till, makes its upload token (the same
// machinery as the Token unggah page) and gives the enrolment file (shared/enrolment): signed with
// the office's catalogue key and carrying the current whole catalogue. Each download makes a new
// token and revokes the one before, so a file left on a stick stops working when the next is made.
import { createHash } from 'node:crypto';
import { EngineError } from '../../../electron/core/errors';
import { type EnrolmentDoc, enrolmentFileName } from '../../../shared/enrolment/format';
import { enrolmentEntries, enrolmentZip } from '../../../shared/enrolment/writeEnrolment';
import { ref } from '../../../shared/messages';
import type { EnrolledDevice, EnrolmentFile } from '../../../shared/office/contract';
import type { Db, Queryable } from '../../db/types';
import { recordAudit } from '../audit/audit';
import { packageForTill } from '../catalogue/publish';
import { officeSigningKey } from '../catalogue/signingKey';
import { isoOf, isoOrNull } from '../context';
import { readSetting } from '../settings/settings';
import { insertUploadToken, revokeUploadTokenIn } from '../uploads/tokens';

interface EnrolledRow {
  code: string;
  name: string;
  location: string;
  upload_url: string;
  enrolled_at: unknown;
  enrolled_by_name: string | null;
  file_issued_at: unknown;
  files_issued: number | string;
  catalogue_version: number | null;
  sending: boolean;
}

/** Every enrolled till, by code; `code` narrows it to one. */
export async function listEnrolled(q: Queryable, code?: string): Promise<EnrolledDevice[]> {
  const { rows } = await q.query<EnrolledRow>(
    `select e.code, e.name, e.location, e.upload_url, e.enrolled_at, u.name as enrolled_by_name,
            e.file_issued_at, e.files_issued, e.catalogue_version,
            exists (select 1 from batches b where b.device = e.code) as sending
       from enrolled_devices e left join users u on u.id = e.enrolled_by
      where ($1::text is null or e.code = $1)
      order by e.code`,
    [code ?? null],
  );
  return rows.map((r) => ({
    device: r.code,
    name: r.name,
    location: r.location,
    uploadUrl: r.upload_url,
    enrolledAt: isoOf(r.enrolled_at),
    enrolledBy: r.enrolled_by_name,
    fileIssuedAt: isoOrNull(r.file_issued_at),
    filesIssued: Number(r.files_issued),
    catalogueVersion: r.catalogue_version === null ? null : Number(r.catalogue_version),
    sending: r.sending === true,
  }));
}

interface By {
  userId: number;
  at: Date;
}

/** What the file needs that is read outside its transaction: the key, the office's name, the catalogue. */
async function fileMaterial(db: Db, at: Date) {
  const key = await officeSigningKey(db.dataDir);
  const officeName = (await readSetting(db, 'officeName')) || 'Kantor';
  // The whole catalogue as a till that holds nothing gets it; null while nothing is published.
  const built = await packageForTill(db, 0, at);
  return { key, officeName, built };
}

type Material = Awaited<ReturnType<typeof fileMaterial>>;

/** Inside the caller's transaction: a new token (the last one revoked), the file, the audit row. */
async function issueFile(
  client: Queryable,
  code: string,
  material: Material,
  by: By,
): Promise<EnrolmentFile> {
  const { rows } = await client.query<{
    name: string;
    location: string;
    upload_url: string;
    token_id: unknown;
  }>('select name, location, upload_url, token_id from enrolled_devices where code = $1 for update', [code]);
  const row = rows[0];
  if (!row) throw new EngineError('NOT_FOUND', 'enrolment.notEnrolled', { device: code });
  const previous = row.token_id === null ? null : Number(row.token_id);
  if (previous !== null) await revokeUploadTokenIn(client, previous, by);
  const token = await insertUploadToken(client, `${code} (pendaftaran)`, by);
  const catalogueVersion = material.built?.manifest.version ?? null;
  const doc: EnrolmentDoc = {
    format: 'karya-pos-enrolment',
    formatVersion: 1,
    officeName: material.officeName,
    device: code,
    name: row.name,
    location: row.location,
    uploadUrl: row.upload_url,
    token: token.token,
    publicKey: material.key.publicKey,
    issuedAt: by.at.toISOString(),
    catalogueVersion,
  };
  const catalogue = material.built ? new Map(Object.entries(material.built.files)) : null;
  const zip = enrolmentZip(enrolmentEntries(doc, catalogue, material.key.privateKeyPem), doc.issuedAt);
  const sha256 = createHash('sha256').update(zip).digest('hex');
  await client.query(
    `update enrolled_devices set token_id = $2, file_issued_at = $3::timestamptz,
            files_issued = files_issued + 1, catalogue_version = $4
      where code = $1`,
    [code, token.id, by.at.toISOString(), catalogueVersion],
  );
  await recordAudit(client, {
    at: by.at,
    userId: by.userId,
    action: 'device.enrolmentFile',
    target: code,
    detail: { device: code, tokenId: token.id, revokedTokenId: previous, catalogueVersion, sha256 },
  });
  const [device] = await listEnrolled(client, code);
  if (!device) throw new Error(`enrolled device ${code} vanished`);
  return {
    device,
    fileName: enrolmentFileName(code),
    sha256,
    base64: Buffer.from(zip).toString('base64'),
    catalogueVersion,
  };
}

export interface EnrolInput {
  device: string;
  name: string;
  location: string;
  uploadUrl: string;
}

/** Enrols a till whose code the office does not know yet, and gives its first enrolment file. */
export async function enrolDevice(db: Db, input: EnrolInput, by: By): Promise<EnrolmentFile> {
  const material = await fileMaterial(db, by.at);
  const code = input.device;
  const uploadUrl = input.uploadUrl.replace(/\/+$/, '');
  return db.tx(async (client) => {
    const seen = await client.query('select 1 from devices where code = $1', [code]);
    if (seen.rows.length > 0) {
      throw new EngineError('CONFLICT', 'enrolment.codeKnown', {
        device: code,
        why: ref('enrolment.why.batches'),
      });
    }
    const made = await client.query(
      `insert into enrolled_devices (code, name, location, upload_url, enrolled_at, enrolled_by)
       values ($1, $2, $3, $4, $5::timestamptz, $6) on conflict (code) do nothing returning code`,
      [code, input.name, input.location, uploadUrl, by.at.toISOString(), by.userId],
    );
    if (made.rows.length === 0) {
      throw new EngineError('CONFLICT', 'enrolment.codeKnown', {
        device: code,
        why: ref('enrolment.why.enrolled'),
      });
    }
    await recordAudit(client, {
      at: by.at,
      userId: by.userId,
      action: 'device.enrol',
      target: code,
      detail: { device: code, name: input.name, location: input.location, uploadUrl },
    });
    return issueFile(client, code, material, by);
  });
}

/** The file again for an enrolled till: a new token, the previous one revoked. */
export async function reissueEnrolmentFile(db: Db, code: string, by: By): Promise<EnrolmentFile> {
  const material = await fileMaterial(db, by.at);
  return db.tx((client) => issueFile(client, code, material, by));
}
