// What the Receive page makes of a drop: batch folders found by their manifest wherever they sit,
// their own files only, zips as they are, the rest counted; and the zip it sends.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { groupBatches, type PickedFile, zipOf } from './dropBatches';

const file = (path: string, text = path): PickedFile => ({ path, file: new Blob([text]) });

describe('a drop on the Receive page', () => {
  it('finds each batch folder by its manifest, at any depth, with its own files only', () => {
    const { batches, ignored } = groupBatches([
      file('usb/BTH1-batch-000002-20261129-20261129/manifest.json'),
      file('usb/BTH1-batch-000002-20261129-20261129/sales.jsonl'),
      file('usb/BTH1-batch-000001-20261128-20261128/manifest.json'),
      file('usb/BTH1-batch-000001-20261128-20261128/manifest.sha256'),
      // A folder inside a batch folder is not part of it.
      file('usb/BTH1-batch-000001-20261128-20261128/lama/sales.jsonl'),
      file('usb/arsip/PLU1-batch-000007-20261101-20261107/manifest.json'),
      file('usb/PLU2-batch-000003-20261120-20261126.zip'),
      file('usb/Baca saya.txt'),
      // Windows paths from some pickers.
      file('usb\\.DS_Store'),
    ]);
    expect(batches.map((b) => [b.kind, b.name])).toEqual([
      ['folder', 'BTH1-batch-000001-20261128-20261128'],
      ['folder', 'BTH1-batch-000002-20261129-20261129'],
      ['folder', 'PLU1-batch-000007-20261101-20261107'],
      ['zip', 'PLU2-batch-000003-20261120-20261126'],
    ]);
    const first = batches[0];
    expect(first?.kind === 'folder' && first.files.map((f) => f.name)).toEqual([
      'manifest.json',
      'manifest.sha256',
    ]);
    expect(ignored).toBe(3);
  });

  it('takes one batch folder dropped by itself, and finds nothing in a drop without a manifest', () => {
    expect(
      groupBatches([file('BTH1-batch-000001-20261128-20261128/manifest.json')]).batches.map((b) => b.name),
    ).toEqual(['BTH1-batch-000001-20261128-20261128']);
    expect(groupBatches([file('foto.jpg'), file('laporan/z.pdf')])).toEqual({ batches: [], ignored: 2 });
  });

  it('zips a folder as the office unpacks it (a folder named as the batch), and sends a zip as it is', async () => {
    const [folder] = groupBatches([
      file('usb/BTH1-batch-000001-20261128-20261128/manifest.json', '{"a":1}'),
      file('usb/BTH1-batch-000001-20261128-20261128/sales.jsonl', '{"id":"x"}\n'),
    ]).batches;
    if (!folder) throw new Error('no batch');
    const entries = unzipSync(await zipOf(folder));
    expect(
      Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, new TextDecoder().decode(v)])),
    ).toEqual({
      'BTH1-batch-000001-20261128-20261128/manifest.json': '{"a":1}',
      'BTH1-batch-000001-20261128-20261128/sales.jsonl': '{"id":"x"}\n',
    });
    const zip = { kind: 'zip' as const, name: 'x', file: new Blob([new Uint8Array([80, 75, 3, 4])]) };
    expect([...(await zipOf(zip))]).toEqual([80, 75, 3, 4]);
  });
});
