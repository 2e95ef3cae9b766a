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
import { t } from '../i18n';
import { useClock } from '../stores/clock';
import { useSession } from '../stores/session';

declare global {
  interface Window {
    karya?: KaryaBridge;
  }
}

/** A refused or failed command; `message` is the engine's Indonesian text, safe to show. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
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
  const { code, message } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string';
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
  // The engine answered this very command, so the data has its output type.
  const result = (await transport(name, input)) as CommandResult<K>;
  if (!result.ok) {
    // The engine forgot the session (restart) or the user was deactivated: back to sign-in.
    if (result.error.code === 'UNAUTHENTICATED') useSession.getState().signOut();
    // The engine stopped trusting the laptop's clock: the shell shows why (docs/clock.md).
    if (result.error.code === 'CLOCK_SUSPECT') void useClock.getState().check();
    throw new ApiError(result.error.code, result.error.message);
  }
  return result.data;
}
