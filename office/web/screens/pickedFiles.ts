// The files the browser hands the Receive page: from its folder picker, or from a drop (folders
// walked through the entries API). Kept apart from dropBatches.ts, which runs under Node too.
import type { PickedFile } from './dropBatches';

/** The files of a folder picker (`<input webkitdirectory>`), with their paths below the folder chosen. */
export function filesFromPicker(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries gives at most 100 entries a call in Chromium: ask until it answers with none.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((some) => {
        if (some.length === 0) resolve(all);
        else {
          all.push(...some);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    into.push({ path: entry.fullPath.replace(/^\/+/, ''), file });
  } else if (entry.isDirectory) {
    for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader())) {
      await walk(child, into);
    }
  }
}

/**
 * What a drop holds. The entries must be taken while the drop event runs (the browser empties the
 * DataTransfer after it): call this synchronously in the handler and await the promise after.
 */
export function filesFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  const plain = [...data.files].map((file) => ({ path: file.name, file }));
  if (entries.length === 0) return Promise.resolve(plain);
  return (async () => {
    const found: PickedFile[] = [];
    for (const entry of entries) await walk(entry, found);
    return found;
  })();
}
