import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchJsonSchema, withSchemas } from './jsonSchema';

const DOC = fileURLToPath(new URL('../../docs/batch-format.md', import.meta.url));

describe('the batch format document', () => {
  it('carries the JSON Schemas generated from the format (run `npx tsx scripts/batch-schema.ts`)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(withSchemas(doc)).toBe(doc);
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
