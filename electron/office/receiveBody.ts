// An upload's body written to `<work>/upload.zip`, for the reference receiver and the office
// server's upload door alike. Over the limit, the rest is read and dropped (not cut off), so the
// till gets the 413 instead of a broken connection it would retry.
import { createWriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The zip's path, or null when the body was larger than `maxBytes`. */
export async function receiveZipBody(
  req: IncomingMessage,
  work: string,
  maxBytes: number,
): Promise<string | null> {
  const zipPath = join(work, 'upload.zip');
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(null, size > maxBytes ? undefined : chunk);
    },
  });
  await pipeline(req, limit, createWriteStream(zipPath));
  return size > maxBytes ? null : zipPath;
}
