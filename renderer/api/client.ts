// The renderer's only way to reach the engine. Inside Electron the preload exposes `window.karya`;
// in a plain browser the loopback door answers POST /api/call and wants the per-launch token.
// Only types come from the contract so zod stays out of the renderer bundle.
import type {
  CommandError,
  CommandInput,
  CommandName,
  CommandOutput,
  CommandResult,
  ErrorCode,
  KaryaBridge,
} from '../../shared/contract';
import { formatMessage, type MessageParams } from '../../shared/messages';
import { t, useLang } from '../i18n';
import { useClock } from '../stores/clock';
import { useSession } from '../stores/session';

declare global {
  interface Window {
    karya?: KaryaBridge;
  }
}

/**
 * A refused or failed command. `message` is worded in the screen's language when the error came
 * (from the engine's message key and params, shared/messages/), safe to show; `indonesian` is the
 * engine's own text. `path` says where in the input a refused field is, for placing the message.
 */
export class ApiError extends Error {
  readonly indonesian: string;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly key?: string,
    readonly params?: MessageParams,
    readonly path?: (string | number)[],
  ) {
    super((key && formatMessage(useLang.getState().lang, key, params)) || message);
    this.indonesian = message;
    this.name = 'ApiError';
  }
}

/**
 * The words to show for any error in the current language: a refusal from the engine, a refusal of
 * the shared pricing rules worked out on this screen (they carry a message key), else `fallback`.
 */
export function errorText(error: unknown, fallback: string = t('api.unreachable')): string {
  if (error instanceof ApiError) return error.message;
  const ref = (error as { ref?: { key?: unknown; params?: MessageParams } } | null)?.ref;
  if (ref && typeof ref.key === 'string') {
    return formatMessage(useLang.getState().lang, ref.key, ref.params) ?? (error as Error).message;
  }
  return fallback;
}

const TOKEN_KEY = 'karya.token';
let token: string | null = null;

/**
 * Takes `?token=` from the address once at startup, keeps it for this tab in sessionStorage (so a
 * reload still works) and strips it from the address bar so it is not shown, bookmarked or shared.
 */
export function captureToken(): void {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    token = fromUrl;
    try {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Without sessionStorage the token still lives in memory until reload.
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return;
  }
  try {
    token = sessionStorage.getItem(TOKEN_KEY);
  } catch {
    token = null;
  }
}

/**
 * The address of the customer display in browser mode (this page with `#/display`, carrying the
 * door token), for a second browser window on the second monitor; null inside the Electron app,
 * which opens its own display window.
 */
export function displayUrl(): string | null {
  if (window.karya || !token) return null;
  return `${window.location.origin}/?token=${encodeURIComponent(token)}#/display`;
}

function isCommandError(value: unknown): value is CommandError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message, key } = value as Record<string, unknown>;
  return (
    typeof code === 'string' && typeof message === 'string' && (key === undefined || typeof key === 'string')
  );
}

function isResult(value: unknown): value is CommandResult<CommandName> {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  return result.ok === true ? 'data' in result : result.ok === false && isCommandError(result.error);
}

async function overHttp(
  name: CommandName,
  input: unknown,
  session: string | undefined,
): Promise<CommandResult<CommandName>> {
  let response: Response;
  try {
    response = await fetch('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-karya-token': token ?? '' },
      body: JSON.stringify({ name, input, session }),
    });
  } catch {
    throw new ApiError('INTERNAL', t('api.unreachable'));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isResult(body)) return body;
  if (response.status === 401 || response.status === 403) throw new ApiError('FORBIDDEN', t('api.forbidden'));
  throw new ApiError('INTERNAL', t('api.badReply'));
}

async function transport(name: CommandName, input: unknown): Promise<CommandResult<CommandName>> {
  const session = useSession.getState().session ?? undefined;
  const bridge = window.karya;
  if (!bridge) return overHttp(name, input, session);
  let result: unknown;
  try {
    result = await bridge.call(name, input, session);
  } catch {
    throw new ApiError('INTERNAL', t('api.unreachable'));
  }
  if (!isResult(result)) throw new ApiError('INTERNAL', t('api.badReply'));
  return result;
}

/** Runs one command; resolves with its output or throws ApiError. */
export async function call<K extends CommandName>(
  name: K,
  input: CommandInput<K>,
): Promise<CommandOutput<K>> {
  const sentWith = useSession.getState().session;
  // The engine answered this very command, so the data has its output type.
  const result = (await transport(name, input)) as CommandResult<K>;
  if (!result.ok) {
    // The engine forgot the session (restart) or the user was deactivated: back to sign-in. Not
    // while the till is locked (the lock ended the session on purpose; a status poll refused then
    // must not drop the lock screen and its cart), and not for a reply about an older session.
    if (result.error.code === 'UNAUTHENTICATED') {
      const now = useSession.getState();
      if (!now.locked && now.session === sentWith) now.signOut();
    }
    // The engine stopped trusting the laptop's clock: the shell shows why (docs/clock.md).
    if (result.error.code === 'CLOCK_SUSPECT') void useClock.getState().check();
    const { code, message, key, params, path } = result.error;
    throw new ApiError(code, message, key, params, path);
  }
  return result.data;
}
