// The tills' pull of catalogue packages, beside their upload door and with the same key: a till
// asks `GET /api/catalogue/package?have=N` with the bearer token it uploads batches with (the same
// upload_tokens, the same tokens given at start, the same check), and gets
//   200 application/zip  the package of (N, latest]; the whole catalogue when N is 0, missing, or
//                        a version this office never published. Made once per (N, latest) and kept
//                        (tillPackageZip: the publish's stored package when it is that one);
//   204                  when N is the latest version (or nothing is published yet);
//   400 / 401 / 405      a bad `have`, an unknown or revoked token, another method.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestUrl } from '../../electron/web/urlPath';
import { tillPackageZip } from '../core/catalogue/publish';
import type { OfficeContext } from '../core/context';
import { knownUploadToken, tokenSha256 } from '../core/uploads/tokens';
import type { UploadDoor } from './uploadDoor';

export const CATALOGUE_PACKAGE_PATH = '/api/catalogue/package';

function reply(res: ServerResponse, status: number, body: Record<string, unknown> | null): void {
  if (body === null) {
    res.writeHead(status, { 'cache-control': 'no-store' });
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export function createCatalogueDoor(options: { ctx: OfficeContext; tokens?: readonly string[] }): UploadDoor {
  const { ctx } = options;
  const fixed = (options.tokens ?? []).map(tokenSha256);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.resume();
    if (req.method !== 'GET') return reply(res, 405, { status: 'rejected', reason: 'hanya GET' });
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    if (!auth?.[1] || !(await knownUploadToken(ctx.db, auth[1], fixed))) {
      return reply(res, 401, { status: 'rejected', reason: 'token tidak dikenal' });
    }
    const haveText = requestUrl(req.url)?.searchParams.get('have') ?? '0';
    if (!/^\d{1,9}$/.test(haveText)) {
      return reply(res, 400, {
        status: 'rejected',
        reason: 'have harus nomor versi (0 untuk seluruh katalog)',
      });
    }
    const made = await tillPackageZip(ctx.db, Number(haveText), ctx.now());
    if (!made) return reply(res, 204, null);
    ctx.log.info('office.catalogue.pulled', { version: made.version, basedOn: made.basedOn });
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': made.zip.length,
      'content-disposition': `attachment; filename="${made.folderName}.zip"`,
      'cache-control': 'no-store',
      'x-karya-catalogue-version': String(made.version),
      'x-karya-catalogue-based-on': String(made.basedOn),
    });
    res.end(made.zip);
  }

  return {
    handles: (pathname) => pathname === CATALOGUE_PACKAGE_PATH,
    handle: (req, res) => handle(req, res),
  };
}
