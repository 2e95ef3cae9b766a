import type { CommandError, ErrorCode } from '../../shared/contract';
import {
  formatMessage,
  isMessageKey,
  type MessageKey,
  type MessageParams,
  type MessageRef,
  type ParamArgs,
} from '../../shared/messages';

/**
 * A refusal the engine means to give: a stable code and a message key with its params
 * (shared/messages/). `message` is the Indonesian wording, for the command line, logs and callers
 * that read only text; the screens word `key` + `params` in the language the person chose.
 */
export class EngineError<K extends MessageKey = MessageKey> extends Error {
  readonly key: K;
  readonly params: MessageParams | undefined;
  /** Where in the command's input the problem is (INVALID_INPUT only); for screens, never shown. */
  path: (string | number)[] | undefined;

  constructor(
    readonly code: ErrorCode,
    key: K,
    ...params: ParamArgs<K>
  ) {
    const given = params[0] as MessageParams | undefined;
    super(formatMessage('id', key, given) ?? key);
    this.name = 'EngineError';
    this.key = key;
    this.params = given;
  }

  /**
   * Transitional: a refusal whose text has no key yet (a library's message). Shown as is in every
   * language; prefer adding a key to the catalogue.
   */
  static plain(code: ErrorCode, text: string): EngineError<'common.plain'> {
    return new EngineError(code, 'common.plain', { text });
  }

  /** A refusal from a message given as data (a helper's result, a shared module's error). */
  static from(code: ErrorCode, ref: MessageRef): EngineError {
    // A key the catalogue lacks would reach a person as a bare key: show it as text instead.
    if (!isMessageKey(ref.key)) return EngineError.plain(code, ref.key);
    return new (
      EngineError as unknown as new (
        c: ErrorCode,
        k: MessageKey,
        p?: MessageParams,
      ) => EngineError
    )(code, ref.key, ref.params);
  }

  /** This refusal as a param of another message, worded in the same language. */
  get ref(): { key: string; params?: MessageParams } {
    return this.params ? { key: this.key, params: this.params } : { key: this.key };
  }

  toJSON(): CommandError {
    const error: CommandError = { code: this.code, message: this.message, key: this.key };
    if (this.params) error.params = this.params;
    if (this.path) error.path = this.path;
    return error;
  }
}
