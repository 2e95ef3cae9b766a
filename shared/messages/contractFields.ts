// Every field name of every command's input, found by walking the zod schemas. Tests use it to
// check that each field has a label in words (fields.ts) and that no refusal shows one.
import type { z } from 'zod';
import { commands } from '../contract';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  items?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

function children(def: Def): z.ZodType[] {
  switch (def.type) {
    case 'object':
      return Object.values(def.shape ?? {});
    case 'array':
      return def.element ? [def.element] : [];
    case 'pipe':
      return [def.in, def.out].filter((s): s is z.ZodType => s !== undefined);
    case 'union':
      return def.options ?? [];
    case 'record':
      return def.valueType ? [def.valueType] : [];
    case 'tuple':
      return def.items ?? [];
    case 'intersection':
      return [def.left, def.right].filter((s): s is z.ZodType => s !== undefined);
    case 'lazy':
      return def.getter ? [def.getter()] : [];
    default:
      return def.innerType ? [def.innerType] : [];
  }
}

/** Field names (object keys) of all command inputs, each with one command that uses it. */
export function contractFieldNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [command, spec] of Object.entries(commands)) {
    const seen = new Set<z.ZodType>();
    const stack: z.ZodType[] = [spec.input];
    while (stack.length > 0) {
      const schema = stack.pop() as z.ZodType;
      if (seen.has(schema)) continue;
      seen.add(schema);
      const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
      if (def.type === 'object')
        for (const key of Object.keys(def.shape ?? {})) if (!names.has(key)) names.set(key, command);
      stack.push(...children(def));
    }
  }
  return names;
}
