// npx tsx scripts/batch-schema.ts: writes the batch format's JSON Schemas into docs/batch-format.md
// (generated from shared/batch/format.ts; a test checks the document is current).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withSchemas } from '../shared/batch/jsonSchema';

const doc = fileURLToPath(new URL('../docs/batch-format.md', import.meta.url));
writeFileSync(doc, withSchemas(readFileSync(doc, 'utf8')));
console.log(`JSON Schema ditulis ke ${doc}; jalankan npm run format untuk merapikannya.`);
