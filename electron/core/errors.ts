import type { CommandError, ErrorCode } from '../../shared/contract';

/** A refusal the engine means to give: it carries a stable code and an Indonesian message. */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }

  toJSON(): CommandError {
    return { code: this.code, message: this.message };
  }
}
