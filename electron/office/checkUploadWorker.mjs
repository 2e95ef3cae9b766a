// The worker thread of checkUploadInWorker (checkUpload.ts) when run from the TypeScript sources:
// registers tsx, then runs uploadWorker.ts. The build puts a bundled uploadWorker.ts under this
// same name beside the office server (scripts/build/node.mjs), which needs no tsx.
import { register } from 'tsx/esm/api';

register();
await import('./uploadWorker.ts');
