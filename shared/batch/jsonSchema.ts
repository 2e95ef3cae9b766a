// The JSON Schemas of the batch format, generated from its zod schemas, for offices that check
// batches with their own tools. docs/batch-format.md carries them; `npx tsx scripts/batch-schema.ts`
// rewrites that part of the document (then `npm run format` lays it out), and a test fails when
// the schemas there differ from the format.
import { z } from 'zod';
import {
  manifestSchema,
  refundDocSchema,
  saleDocSchema,
  shiftDocSchema,
  stockMoveDocSchema,
  zReportDocSchema,
} from './format';

export type SchemaName = 'manifest' | 'sale' | 'refund' | 'shift' | 'zReport' | 'stockMove';

export const JSON_SCHEMAS = {
  manifest: { title: 'manifest.json', schema: manifestSchema },
  sale: { title: 'one line of sales.jsonl', schema: saleDocSchema },
  refund: { title: 'one line of refunds.jsonl', schema: refundDocSchema },
  shift: { title: 'one line of cash.jsonl', schema: shiftDocSchema },
  zReport: { title: 'one line of z-reports.jsonl', schema: zReportDocSchema },
  stockMove: { title: 'one line of stock.jsonl (version 4)', schema: stockMoveDocSchema },
} as const;

/** Which schema each line of each `.jsonl` file of a batch fits (every `.jsonl` has one). */
export const JSONL_SCHEMAS = {
  'sales.jsonl': 'sale',
  'refunds.jsonl': 'refund',
  'cash.jsonl': 'shift',
  'z-reports.jsonl': 'zReport',
  'stock.jsonl': 'stockMove',
} as const satisfies Record<string, SchemaName>;

export function batchJsonSchema(name: SchemaName): string {
  const { schema } = JSON_SCHEMAS[name];
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  return JSON.stringify({ ...json, $id: `https://karya-pos.invalid/batch/v1/${name}.schema.json` }, null, 2);
}

/** The JSON in the document between the markers of `name` (as formatted there), parsed. */
export function documentedSchema(markdown: string, name: SchemaName): unknown {
  const open = `<!-- schema:${name} -->`;
  const block = markdown.slice(
    markdown.indexOf(open) + open.length,
    markdown.indexOf(`<!-- /schema:${name} -->`),
  );
  const json = /```json\n([\s\S]*?)\n```/.exec(block)?.[1];
  if (json === undefined) throw new Error(`Tidak ada JSON Schema ${name} di dokumen`);
  return JSON.parse(json);
}

/** Replaces the text between `<!-- schema:NAME -->` and `<!-- /schema:NAME -->` with the schema. */
export function withSchemas(markdown: string): string {
  let out = markdown;
  for (const name of Object.keys(JSON_SCHEMAS) as SchemaName[]) {
    const open = `<!-- schema:${name} -->`;
    const close = `<!-- /schema:${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`${open} ... ${close} tidak ada di dokumen`);
    out = `${out.slice(0, start + open.length)}\n\n\`\`\`json\n${batchJsonSchema(name)}\n\`\`\`\n\n${out.slice(end)}`;
  }
  return out;
}
