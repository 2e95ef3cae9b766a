// Publishing the catalogue: every record changed since the last version is stamped with version
// N+1, the whole catalogue at N+1 is kept (any later package is cut from it), and the package of
// this publish (the changes since N, or everything for the first) is signed and stored, with an
// audit row, in one transaction. Packages for a till are cut from the latest version's catalogue.
import { EngineError } from '../../../electron/core/errors';
import { canonicalJson } from '../../../shared/batch/canonicalJson';
import {
  type CatalogueDoc,
  catalogueDocSchema,
  packageFolderName,
} from '../../../shared/catalogPackage/format';
import { officeKeyId } from '../../../shared/catalogPackage/sign';
import type { CatalogueCounts, CataloguePackageInfo } from '../../../shared/office/contract';
import type { Db, Queryable } from '../../db/types';
import { recordAudit } from '../audit/audit';
import { isoOf } from '../context';
import { officeToday } from '../overview/officeDays';
import { readSetting } from '../settings/settings';
import { type BuiltPackage, buildPackage, type PackageSigner, zipPackage } from './packageFiles';
import {
  latestVersion,
  lockCatalogue,
  pendingCounts,
  RECORD_TABLES,
  readCatalogueDoc,
  totalOf,
} from './records';
import { officeSigningKey } from './signingKey';

async function signer(db: Db): Promise<PackageSigner> {
  const key = await officeSigningKey(db.dataDir);
  const officeName = (await readSetting(db, 'officeName')) || 'Kantor';
  return { officeName, privateKeyPem: key.privateKeyPem, publicKey: key.publicKey };
}

interface PackageRow {
  version: number;
  based_on: number;
  created_at: unknown;
  created_by_name: string | null;
  key_id: string;
  manifest_sha256: string;
  changes: CatalogueCounts | string;
  bytes: number | string;
}

const infoOf = (row: PackageRow): CataloguePackageInfo => ({
  version: row.version,
  basedOn: row.based_on,
  createdAt: isoOf(row.created_at),
  createdBy: row.created_by_name,
  keyId: row.key_id,
  manifestSha256: row.manifest_sha256,
  changes: typeof row.changes === 'string' ? (JSON.parse(row.changes) as CatalogueCounts) : row.changes,
  bytes: Number(row.bytes),
});

export async function listPackages(q: Queryable, version?: number): Promise<CataloguePackageInfo[]> {
  const { rows } = await q.query<PackageRow>(
    `select version, based_on, created_at, created_by_name, key_id, manifest_sha256, changes,
            length(package_zip) as bytes
       from catalogue_packages where ($1::int is null or version = $1) order by version desc`,
    [version ?? null],
  );
  return rows.map(infoOf);
}

export async function publishCatalogue(
  db: Db,
  expected: number,
  by: { userId: number; name: string; at: Date },
): Promise<CataloguePackageInfo> {
  const sign = await signer(db);
  return db.tx(async (c) => {
    await lockCatalogue(c);
    const latest = await latestVersion(c);
    if (expected !== latest + 1)
      throw new EngineError('CONFLICT', 'officeCatalogue.versionMoved', { version: latest });
    const changes = await pendingCounts(c);
    if (totalOf(changes) === 0) {
      throw new EngineError('INVALID_INPUT', 'officeCatalogue.nothingToPublish', { version: latest });
    }
    const version = latest + 1;
    for (const table of Object.values(RECORD_TABLES)) {
      await c.query(`update ${table} set changed_in = $1 where changed_in is null`, [version]);
    }
    const whole = await readCatalogueDoc(c);
    const built = buildPackage(whole, {
      version,
      basedOn: latest,
      createdAt: by.at,
      day: officeToday(by.at),
      signer: sign,
    });
    await c.query(
      `insert into catalogue_packages (version, based_on, created_at, created_by, created_by_name, key_id,
         manifest_sha256, changes, package_zip, catalogue_json)
       values ($1, $2, $3::timestamptz, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
      [
        version,
        latest,
        by.at.toISOString(),
        by.userId,
        by.name,
        built.manifest.office.keyId,
        built.manifestSha256,
        JSON.stringify(changes),
        Buffer.from(zipPackage(built)),
        Buffer.from(canonicalJson(whole), 'utf8'),
      ],
    );
    await recordAudit(c, {
      at: by.at,
      userId: by.userId,
      action: 'catalogue.publish',
      target: String(version),
      detail: { version, basedOn: latest, changes, manifestSha256: built.manifestSha256 },
    });
    const [info] = await listPackages(c, version);
    if (!info) throw new Error(`package ${version} vanished`);
    return info;
  });
}

/** The whole catalogue as published at `version`, or null when there is no such version. */
async function publishedCatalogue(q: Queryable, version: number): Promise<CatalogueDoc | null> {
  const { rows } = await q.query<{ catalogue_json: Uint8Array }>(
    'select catalogue_json from catalogue_packages where version = $1',
    [version],
  );
  const row = rows[0];
  if (!row) return null;
  return catalogueDocSchema.parse(JSON.parse(Buffer.from(row.catalogue_json).toString('utf8')));
}

/** The zip of a publish as it was signed then. */
export async function storedPackageZip(
  q: Queryable,
  version: number,
): Promise<{ fileName: string; zip: Uint8Array } | null> {
  const { rows } = await q.query<{ based_on: number; package_zip: Uint8Array }>(
    'select based_on, package_zip from catalogue_packages where version = $1',
    [version],
  );
  const row = rows[0];
  if (!row) return null;
  return { fileName: `${packageFolderName(version, row.based_on)}.zip`, zip: Buffer.from(row.package_zip) };
}

/** What a till is sent: the package's version, what it is based on, its folder's name and its zip. */
export interface TillPackage {
  version: number;
  basedOn: number;
  folderName: string;
  zip: Uint8Array;
}

/** Packages already made for tills, per database, by version, basedOn, key and office name. */
const tillPackages = new WeakMap<Db, Map<string, Promise<TillPackage>>>();
/** Deltas from many versions back can pile up between two publishes; this many are kept. */
const KEPT_TILL_PACKAGES = 16;

/**
 * The version and basedOn of the package for a till that holds `have`: null when it has the latest
 * (or nothing is published); the changes after `have` when `have` is an earlier published version;
 * otherwise (0, a version this office never published) the whole catalogue.
 */
function tillWants(latest: number, have: number): { version: number; basedOn: number } | null {
  if (latest === 0 || have === latest) return null;
  return { version: latest, basedOn: have > 0 && have < latest ? have : 0 };
}

/**
 * The zip for a till that holds `have` (see tillWants), made once per (basedOn, version): the
 * publish's own stored package when it is the one asked for (the whole catalogue of version 1, or
 * the delta from the version before), otherwise cut from the published catalogue and signed on the
 * first request, then kept in memory until a later version is published. A package made on an
 * earlier day stays right: its prices start with the step in effect on its day, and a till prices
 * from its own business day.
 */
export async function tillPackageZip(db: Db, have: number, now: Date): Promise<TillPackage | null> {
  const wanted = tillWants(await latestVersion(db), have);
  if (!wanted) return null;
  const sign = await signer(db);
  const keyId = officeKeyId(sign.publicKey);
  const cacheKey = JSON.stringify([wanted.version, wanted.basedOn, keyId, sign.officeName]);
  let cache = tillPackages.get(db);
  if (!cache) {
    cache = new Map();
    tillPackages.set(db, cache);
  }
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  for (const key of cache.keys()) {
    if ((JSON.parse(key) as number[])[0] !== wanted.version || cache.size >= KEPT_TILL_PACKAGES)
      cache.delete(key);
  }
  const making = (async (): Promise<TillPackage> => {
    const { rows } = await db.query<{ based_on: number; key_id: string; package_zip: Uint8Array }>(
      'select based_on, key_id, package_zip from catalogue_packages where version = $1',
      [wanted.version],
    );
    const folderName = packageFolderName(wanted.version, wanted.basedOn);
    const stored = rows[0];
    if (stored && stored.based_on === wanted.basedOn && stored.key_id === keyId) {
      return { ...wanted, folderName, zip: Buffer.from(stored.package_zip) };
    }
    const built = await packageForTill(db, have, now);
    if (!built) throw new Error(`package ${wanted.version} vanished`);
    return { ...wanted, folderName: built.folderName, zip: zipPackage(built) };
  })();
  cache.set(cacheKey, making);
  making.catch(() => cache.delete(cacheKey));
  return making;
}

/**
 * A package for a till that holds version `have` (see tillWants), made and signed now; the tills'
 * pull and the page's download take tillPackageZip, which keeps what it made.
 */
export async function packageForTill(db: Db, have: number, now: Date): Promise<BuiltPackage | null> {
  const wanted = tillWants(await latestVersion(db), have);
  if (!wanted) return null;
  const whole = await publishedCatalogue(db, wanted.version);
  if (!whole) return null;
  return buildPackage(whole, {
    version: wanted.version,
    basedOn: wanted.basedOn,
    createdAt: now,
    day: officeToday(now),
    signer: await signer(db),
  });
}
