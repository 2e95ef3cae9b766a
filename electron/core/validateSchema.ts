// Turning a zod refusal into words: the rule every door's input check shares (the till's command
// table through validate.ts, the office's through office/core/commands.ts).
import { z } from 'zod';
import { findControlCharacter } from '../../shared/contract/common';
import { isMessageKey, type MessageRef, readMsg } from '../../shared/messages';
import { EngineError } from './errors';

// Zod's own messages in Indonesian for anything the contract does not word itself (they never
// reach a person: each issue is worded from its code below, or from the contract's message key).
z.config(z.locales.id());

type Path = readonly PropertyKey[];

function fieldLabel(part: string): MessageRef | null {
  const key = `field.${part}`;
  return isMessageKey(key) ? { key } : null;
}

/**
 * Where in the input the problem is, in a person's words: field labels from shared/messages/fields.ts
 * and places in lists ("Baris 2 › Jumlah"). A field the table does not know is left out, so a
 * contract name never shows. `positionsOnly` keeps just the places in lists, for a message that
 * already names its field ("Jumlah barang harus lebih dari 0" needs only "Baris 2").
 */
export function describeWhere(path: Path, positionsOnly: boolean): MessageRef | null {
  const parts: MessageRef[] = [];
  path.forEach((part, i) => {
    if (typeof part === 'number') {
      const owner = path[i - 1];
      const label = (typeof owner === 'string' && fieldLabel(owner)) || { key: 'field.item' };
      if (!positionsOnly && typeof owner === 'string' && fieldLabel(owner)) parts.pop();
      parts.push({ key: 'input.position', params: { label, n: part + 1 } });
    } else if (!positionsOnly && typeof part === 'string') {
      const label = fieldLabel(part);
      if (label) parts.push(label);
    }
  });
  if (parts.length === 0) return null;
  return parts.reduce((outer, inner) => ({ key: 'input.within', params: { outer, inner } }));
}

/** Zod's own check for a field the contract words nothing for, as a short phrase in both languages. */
function genericProblem(issue: z.core.$ZodIssue, value: unknown): MessageRef {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { key: 'input.required' };
      if (issue.expected === 'number' || issue.expected === 'int') return { key: 'input.notNumber' };
      if (issue.expected === 'string') return { key: 'input.notText' };
      if (issue.expected === 'boolean') return { key: 'input.notYesNo' };
      if (issue.expected === 'array') return { key: 'input.notList' };
      return { key: 'input.wrongType' };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        return minimum <= 1 ? { key: 'input.required' } : { key: 'input.tooShort', params: { minimum } };
      }
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'input.tooFew', params: { minimum } };
      if (minimum === 0 && !issue.inclusive) return { key: 'input.notPositive' };
      return { key: 'input.tooSmall', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'input.tooLong', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'input.tooMany', params: { maximum } };
      return { key: 'input.tooBig', params: { maximum } };
    }
    case 'not_multiple_of':
      return { key: 'input.notWhole' };
    case 'invalid_format':
      return { key: 'input.badFormat' };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'input.notAllowed' };
    case 'unrecognized_keys':
      return { key: 'input.unknownField' };
    default:
      return { key: 'input.notValid' };
  }
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** One problem in words, with where it is when that adds anything. */
function described(path: Path, problem: MessageRef, ownWords: boolean): MessageRef {
  const where = describeWhere(path, ownWords);
  return where ? { key: 'input.at', params: { where, problem } } : problem;
}

/** What zod found wrong with one field, as a message (the contract's own words when it has them). */
function issueProblem(issue: z.core.$ZodIssue, given: unknown): MessageRef {
  const own = readMsg(issue.message);
  if (own) return described(issue.path, own, true);
  // A rule that words itself without a key yet (a shared helper's text): shown as it is.
  if (issue.code === 'custom' && issue.message && issue.message !== 'Input tidak valid') {
    return described(issue.path, { key: 'common.plain', params: { text: issue.message } }, true);
  }
  return described(issue.path, genericProblem(issue, valueAt(given, issue.path)), false);
}

function refusal(path: Path, problems: MessageRef[]): EngineError {
  // Up to three problems, "first; second; third", like a person would list them.
  const problem = problems
    .slice(0, 3)
    .reduce((first, next) => ({ key: 'input.also', params: { first, next } }));
  const error = new EngineError('INVALID_INPUT', 'input.invalid', { problem });
  error.path = path.filter((part): part is string | number => typeof part !== 'symbol');
  return error;
}

/**
 * Parses `input` with `schema` or throws INVALID_INPUT naming its problems (up to three): the
 * contract's own message (a key in shared/messages) or a short phrase for zod's check, with where
 * each is in words. Never a contract field name: the first problem's place in the input goes in
 * `path`, for screens only.
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // One rule for every text of every command, before its schema: no NUL or other control character.
  const control = findControlCharacter(input);
  if (control) {
    const problem = { key: 'input.controlCharacter', params: { character: control.character } };
    throw refusal(control.path, [described(control.path, problem, false)]);
  }
  const given = input === undefined ? {} : input;
  const result = schema.safeParse(given);
  if (result.success) return result.data as z.output<S>;
  const issues = result.error.issues as z.core.$ZodIssue[];
  throw refusal(
    issues[0]?.path ?? [],
    issues.map((issue) => issueProblem(issue, given)),
  );
}
