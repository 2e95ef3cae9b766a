// The till's input check: each command's schema from the contract, worded by validateSchema.ts.
import type { CommandName, ParsedInput } from '../../shared/contract';
import { commands } from '../../shared/contract';
import { parseWithSchema } from './validateSchema';

/** Parses `input` with the command's schema or throws INVALID_INPUT naming its problems. */
export function validateInput<K extends CommandName>(name: K, input: unknown): ParsedInput<K> {
  return parseWithSchema(commands[name].input, input) as ParsedInput<K>;
}
