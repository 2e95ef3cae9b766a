// The page's only way to reach the office server: POST /api/call {command, input}. The session is
// an HttpOnly cookie the browser sends by itself, so no token lives in this page's script.
// Only types come from the contract, so zod stays out of the page's bundle.
import type { ErrorCode } from '../../shared/contract/common';
import { formatMessage, type MessageParams } from '../../shared/messages';
import type {
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

/** Runs one office command; resolves with its output or throws ApiError. */
export async function call<K extends OfficeCommandName>(
  command: K,
  input: OfficeInput<K>,
): Promise<OfficeOutput<K>> {
  let response: Response;
  try {
    response = await fetch('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ command, input }),
    });
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
  if (body.ok) return body.data as OfficeOutput<K>;
  const { code, message, key, params, path } = body.error;
  if (code === 'UNAUTHENTICATED' && !command.startsWith('auth.')) {
    for (const listener of signedOutListeners) listener();
  }
  throw new ApiError(code, message, key, params, path);
}
