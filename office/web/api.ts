// The page's only way to reach the office server: POST /api/call {command, input}. The session is
// an HttpOnly cookie the browser sends by itself, so no token lives in this page's script.
// Only types come from the contract, so zod stays out of the page's bundle.
import type { ErrorCode } from '../../shared/contract/common';
import { formatMessage, type MessageParams } from '../../shared/messages';
import type {
  ImportResult,
  OfficeCommandName,
  OfficeInput,
  OfficeOutput,
  OfficeResult,
} from '../../shared/office/contract';
import { t, useLang } from './i18n';

/** A refused or failed command, worded in the page's language from the server's message key. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly key?: string,
    readonly params?: MessageParams,
    readonly path?: (string | number)[],
  ) {
    super((key && formatMessage(useLang.getState().lang, key, params)) || message);
    this.name = 'ApiError';
  }
}

export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : t('app.unreachable');
}

type Listener = () => void;
const signedOutListeners = new Set<Listener>();

/** Called when the server says the session has ended, so the page can ask to sign in again. */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

function isResult(value: unknown): value is OfficeResult<OfficeCommandName> {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  if (result.ok === true) return 'data' in result;
  const error = result.error as Record<string, unknown> | undefined;
  return result.ok === false && typeof error?.code === 'string' && typeof error.message === 'string';
}

/** The server's `{ok, data}` or `{ok: false, error}` of a request: its data, or ApiError. */
async function answerOf<T>(send: () => Promise<Response>, signedOutMatters: boolean): Promise<T> {
  let response: Response;
  try {
    response = await send();
  } catch {
    throw new ApiError('INTERNAL', t('app.unreachable'));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!isResult(body)) throw new ApiError('INTERNAL', t('app.badReply'));
  if (body.ok) return body.data as T;
  const { code, message, key, params, path } = body.error;
  if (code === 'UNAUTHENTICATED' && signedOutMatters) {
    for (const listener of signedOutListeners) listener();
  }
  throw new ApiError(code, message, key, params, path);
}

/** Runs one office command; resolves with its output or throws ApiError. */
export function call<K extends OfficeCommandName>(
  command: K,
  input: OfficeInput<K>,
): Promise<OfficeOutput<K>> {
  return answerOf<OfficeOutput<K>>(
    () =>
      fetch('/api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ command, input }),
      }),
    !command.startsWith('auth.'),
  );
}

/** Sends one batch, zipped, to POST /api/import (a folder dropped on the page); answered as `office.importFolder`. */
export function importZip(zip: Uint8Array): Promise<ImportResult> {
  return answerOf<ImportResult>(
    () =>
      fetch('/api/import', {
        method: 'POST',
        headers: { 'content-type': 'application/zip' },
        credentials: 'same-origin',
        body: zip as BodyInit,
      }),
    true,
  );
}
