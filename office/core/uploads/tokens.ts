// Who may upload batches: the tokens tills send (Authorization: Bearer). An admin makes one per
// till on the page (shown once; only its SHA-256 is kept) and revokes it when a till is lost; the
// server may also be started with tokens of its own (`--upload-token`, `npm run batch-receiver
// --token`). Every token made or revoked is an audit row, in the same transaction.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { EngineError } from '../../../electron/core/errors';
import type { UploadTokenInfo } from '../../../shared/office/contract';
import type { Db, Queryable } from '../../db/types';
import { recordAudit } from '../audit/audit';
import { isoOf, isoOrNull } from '../context';

export function tokenSha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Whether `given` is a token the office knows: one given at start, or one made on the page and not
 * revoked. As the reference receiver (electron/office/receiver.ts tokenChecker): every candidate is
 * compared as a 32-byte digest with timingSafeEqual, and every one is compared, so the time does not
 * depend on how much of a guess is right.
 */
export async function knownUploadToken(
  db: Queryable,
  given: string,
  fixed: readonly Buffer[],
): Promise<boolean> {
  const { rows } = await db.query<{ token_sha256: string }>(
    'select token_sha256 from upload_tokens where revoked_at is null',
  );
  const sent = tokenSha256(given);
  let found = false;
  for (const known of [...fixed, ...rows.map((r) => Buffer.from(r.token_sha256, 'hex'))]) {
    found = (known.length === 32 && timingSafeEqual(sent, known)) || found;
  }
  return found;
}

interface TokenRow {
  id: number | string;
  label: string;
  created_at: unknown;
  created_by_name: string | null;
  revoked_at: unknown;
}

const infoOf = (row: TokenRow): UploadTokenInfo => ({
  id: Number(row.id),
  label: row.label,
  createdAt: isoOf(row.created_at),
  createdBy: row.created_by_name,
  revokedAt: isoOrNull(row.revoked_at),
});

export async function listUploadTokens(db: Queryable): Promise<UploadTokenInfo[]> {
  const { rows } = await db.query<TokenRow>(
    `select t.id, t.label, t.created_at, u.name as created_by_name, t.revoked_at
       from upload_tokens t left join users u on u.id = t.created_by
      order by t.revoked_at is not null, t.id`,
  );
  return rows.map(infoOf);
}

/** A new token for one till: 32 random characters a till accepts (printable ASCII, 8-500). */
export async function createUploadToken(
  db: Db,
  label: string,
  by: { userId: number; at: Date },
): Promise<UploadTokenInfo & { token: string }> {
  return db.tx((client) => insertUploadToken(client, label, by));
}

/** createUploadToken inside a caller's transaction (the enrolment makes its token with it). */
export async function insertUploadToken(
  client: Queryable,
  label: string,
  by: { userId: number; at: Date },
): Promise<UploadTokenInfo & { token: string }> {
  const token = randomBytes(24).toString('base64url');
  const { rows } = await client.query<{ id: number | string }>(
    `insert into upload_tokens (label, token_sha256, created_at, created_by)
     values ($1, $2, $3::timestamptz, $4) returning id`,
    [label, tokenSha256(token).toString('hex'), by.at.toISOString(), by.userId],
  );
  const id = Number(rows[0]?.id);
  await recordAudit(client, {
    at: by.at,
    userId: by.userId,
    action: 'uploadToken.create',
    target: label,
    detail: { id, label, ends: token.slice(-4) },
  });
  const info = (await listUploadTokens(client)).find((t) => t.id === id);
  if (!info) throw new Error(`upload token ${id} vanished`);
  return { ...info, token };
}

/** Revokes a token: a till still sending it is answered 401 from the next upload on. */
export async function revokeUploadToken(
  db: Db,
  id: number,
  by: { userId: number; at: Date },
): Promise<UploadTokenInfo> {
  return db.tx((client) => revokeUploadTokenIn(client, id, by));
}

/** revokeUploadToken inside a caller's transaction; a token revoked already stays as it was. */
export async function revokeUploadTokenIn(
  client: Queryable,
  id: number,
  by: { userId: number; at: Date },
): Promise<UploadTokenInfo> {
  const { rows } = await client.query<{ label: string; revoked_at: unknown }>(
    'select label, revoked_at from upload_tokens where id = $1 for update',
    [id],
  );
  const row = rows[0];
  if (!row) throw new EngineError('NOT_FOUND', 'officeUploads.tokenNotFound', { id });
  if (row.revoked_at === null) {
    await client.query('update upload_tokens set revoked_at = $2::timestamptz where id = $1', [
      id,
      by.at.toISOString(),
    ]);
    await recordAudit(client, {
      at: by.at,
      userId: by.userId,
      action: 'uploadToken.revoke',
      target: row.label,
      detail: { id, label: row.label },
    });
  }
  const info = (await listUploadTokens(client)).find((t) => t.id === id);
  if (!info) throw new Error(`upload token ${id} vanished`);
  return info;
}
