import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchJsonSchema, documentedSchema, JSON_SCHEMAS, type SchemaName, withSchemas } from './jsonSchema';

const DOC = fileURLToPath(new URL('../../docs/batch-format.md', import.meta.url));

describe('the batch format document', () => {
  it('carries the JSON Schemas generated from the format (run `npx tsx scripts/batch-schema.ts`)', () => {
    const doc = readFileSync(DOC, 'utf8');
    for (const name of Object.keys(JSON_SCHEMAS) as SchemaName[]) {
      expect(documentedSchema(doc, name), name).toEqual(JSON.parse(batchJsonSchema(name)));
    }
    // And writing them again changes nothing but layout.
    for (const name of Object.keys(JSON_SCHEMAS) as SchemaName[]) {
      expect(documentedSchema(withSchemas(doc), name)).toEqual(documentedSchema(doc, name));
    }
  });

  it('describes a closed, typed manifest and sale document', () => {
    const manifest = JSON.parse(batchJsonSchema('manifest'));
    expect(manifest.required).toEqual(
      expect.arrayContaining(['batchId', 'device', 'seq', 'files', 'prevHash']),
    );
    expect(manifest.additionalProperties).toBe(false);
    const sale = JSON.parse(batchJsonSchema('sale'));
    expect(sale.properties.lines.items.required).toContain('producerCode');
    expect(sale.properties.id.pattern).toBe('^[0-9A-HJKMNP-TV-Z]{26}$');
  });
});
