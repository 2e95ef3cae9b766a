import { z } from 'zod';
import type { CommandName, ParsedInput } from '../../shared/contract';
import { CONTROL_CHARACTER_MESSAGE, commands, findControlCharacter } from '../../shared/contract';
import { EngineError } from './errors';

// Zod's own messages in Indonesian for anything the contract does not word itself.
z.config(z.locales.id());

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part + 1}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

/** Parses `input` with the command's schema or throws INVALID_INPUT with a readable message. */
export function validateInput<K extends CommandName>(name: K, input: unknown): ParsedInput<K> {
  // One rule for every text of every command, before its schema: no NUL or other control character.
  const control = findControlCharacter(input);
  if (control) {
    const where = control.path.length > 0 ? `${describePath(control.path)}: ` : '';
    throw new EngineError(
      'INVALID_INPUT',
      `Data tidak valid: ${where}${CONTROL_CHARACTER_MESSAGE} (ditemukan ${control.character})`,
    );
  }
  const result = commands[name].input.safeParse(input === undefined ? {} : input);
  if (result.success) return result.data as ParsedInput<K>;
  const details = result.error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${describePath(issue.path)}: ${issue.message}` : issue.message))
    .join('; ');
  throw new EngineError('INVALID_INPUT', `Data tidak valid: ${details}`);
}
