// Every screen builds its tables, dialogs and messages from the kit (docs/architecture.md, "The
// component kit"), so a layout rule lives in one place. This test reads the renderer's source and
// the office page's (office/web, the same kit) and fails when a file goes around the kit: a
// hand-made table, a dialog not built on Dialog, an error paragraph instead of a Banner or a
// FormRow message, or a form the browser may validate in its own language (and its own bubble)
// instead of ours.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The kit itself, and the two places that own a native <dialog> for a reason. */
const ALLOWED: Record<string, readonly Rule[]> = {
  'renderer/components/ui/DataTable.tsx': ['table'],
  'renderer/components/ui/Dialog.tsx': ['modal', 'dialog'],
  'renderer/components/ui/Banner.tsx': ['alert'],
  'renderer/components/ui/FormRow.tsx': ['alert'],
  'renderer/components/ui/MoneyField.tsx': ['alert'],
  'renderer/components/ui/QtyField.tsx': ['alert'],
  // The primitive Dialog is built on.
  'renderer/components/Modal.tsx': ['dialog'],
  // The lock is its own top-layer cover above any dialog left open, with no way to close it.
  'renderer/components/LockScreen.tsx': ['dialog'],
};

type Rule = 'table' | 'modal' | 'dialog' | 'alert' | 'form';

const RULES: { rule: Rule; test: (source: string) => boolean; why: string }[] = [
  { rule: 'table', test: (s) => /<table[\s>]/.test(s), why: 'a <table> (use DataTable)' },
  {
    rule: 'modal',
    test: (s) => /<Modal[\s>]|from '[./]*components\/Modal'|from '\.\.\/Modal'|from '\.\/Modal'/.test(s),
    why: 'a Modal used directly (use Dialog, whose footer holds the buttons)',
  },
  { rule: 'dialog', test: (s) => /<dialog[\s>]/.test(s), why: 'a native <dialog> (use Dialog)' },
  {
    rule: 'alert',
    test: (s) => /role="alert"/.test(s),
    why: 'a hand-made alert (use Banner, or the FormRow error of the field)',
  },
  {
    rule: 'form',
    test: (s) => formTags(s).some((tag) => !tag.includes('noValidate')),
    why: 'a <form> without noValidate (the browser would answer in its own language)',
  },
];

/** Each `<form ...>` opening tag whole: a `>` inside `{...}` (an arrow function) does not end it. */
function formTags(source: string): string[] {
  const tags: string[] = [];
  for (const match of source.matchAll(/<form\b/g)) {
    let depth = 0;
    let end = match.index;
    while (end < source.length) {
      const char = source[end];
      if (char === '{') depth++;
      else if (char === '}') depth--;
      else if (char === '>' && depth === 0) break;
      end++;
    }
    tags.push(source.slice(match.index, end + 1));
  }
  return tags;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

describe('the component kit is used by every screen', () => {
  it('no renderer file nor office page goes around it', () => {
    const office = sources(join(ROOT, 'office/web'));
    expect(office.length).toBeGreaterThan(15);
    const files = [...sources(join(ROOT, 'renderer')), ...office];
    expect(files.length).toBeGreaterThan(65);
    const found: string[] = [];
    for (const path of files) {
      const file = relative(ROOT, path);
      const source = readFileSync(path, 'utf8');
      for (const { rule, test, why } of RULES) {
        if (test(source) && !ALLOWED[file]?.includes(rule)) found.push(`${file}: ${why}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('catches each way around the kit (the rules can fail)', () => {
    const caught = (source: string) => RULES.filter((r) => r.test(source)).map((r) => r.rule);
    expect(caught('<table className="x">')).toEqual(['table']);
    expect(caught("import { Modal } from '../../components/Modal';")).toEqual(['modal']);
    expect(caught('<dialog open>')).toEqual(['dialog']);
    expect(caught('<p className="error" role="alert">')).toEqual(['alert']);
    expect(caught('<form onSubmit={x}>')).toEqual(['form']);
    expect(caught('<form noValidate onSubmit={x}>')).toEqual([]);
    expect(caught('<form onSubmit={(e) => go(e)} noValidate>')).toEqual([]);
    expect(caught('<form onSubmit={(e) => go(e)}>')).toEqual(['form']);
    expect(caught('<DataTable columns={c} rows={r} />')).toEqual([]);
  });
});
