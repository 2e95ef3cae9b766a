// Upload tokens and batches brought on a USB stick, on the office's page in Debian's Chromium. An
// admin makes a till's token (shown once with the upload address), a batch uploaded with it is
// stored, and once revoked the next upload is refused. Then, without typing a path, finance picks
// the stick's folder (the folder picker gives every file with its
// path, as a dropped folder does), each batch folder is zipped in the page and checked as
// `karya batch verify` does; then a drop of two zips (a batch sent again, and a file that is no
// batch) gets one "already here" and one refusal. A viewer sees neither page. Screens at 1366x768
// and 1024x768, in Indonesian and English.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { zipSync } from 'fflate';
import { sellAndCloseDays } from '../support/closedDays';
import { engineIn } from '../support/engine';
import { startOffice, stopOffice } from '../support/officeServer';
import { officeShots } from './officeShots';

async function signIn(page: Page, name: string, password: string): Promise<void> {
  await page.getByTestId('signin-name').fill(name);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(name);
}

/** A batch folder zipped as a till's upload is: `<batch folder>/<file>`. */
function zipOfFolder(folder: string, name: string): Uint8Array {
  return zipSync(
    Object.fromEntries(
      readdirSync(folder).map((file) => [
        `${name}/${file}`,
        new Uint8Array(readFileSync(join(folder, file))),
      ]),
    ),
  );
}

/** Drops files on the drop area as the browser would deliver them (a DataTransfer with Files). */
async function dropFiles(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const data = new DataTransfer();
      for (const f of list)
        data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'application/zip' }));
      return data;
    },
    files.map((f) => ({ name: f.name, bytes: [...f.bytes] })),
  );
  await page.getByTestId('receive-drop').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('receive-drop').dispatchEvent('drop', { dataTransfer });
}

test('an admin makes and revokes a till’s upload token; finance receives a USB stick by picking its folder, and a drop of zips; a viewer sees neither page', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  const root = mkdtempSync(join(tmpdir(), 'karya-office-receive-'));
  try {
    // A till sells and closes two days, a batch each, onto its stick (with a note the stick also holds).
    const tillDir = join(root, 'till');
    mkdirSync(tillDir);
    const t = engineIn(tillDir, { deviceCode: 'PLU2' });
    const stick = join(root, 'stick', 'karya-batch');
    mkdirSync(stick, { recursive: true });
    const closed = await sellAndCloseDays(t, { days: 2, salesPerDay: 3, firstDay: '2026-11-20' });
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    const batches = [];
    for (const day of closed.days)
      batches.push((await manager.ok('batches.export', { dir: stick, days: [day] })).batch);
    t.engine.close();
    writeFileSync(join(stick, 'catatan.txt'), 'dibawa Pak Andi\n');
    const [first] = batches;
    if (!first) throw new Error('no batch');

    const { child, url } = await startOffice(join(root, 'office'));
    try {
      const shots = await officeShots(page, testInfo);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(url);
      await page.getByTestId('signin-name').fill('Admin Kantor');
      await page.getByTestId('signin-password').fill('rahasia-kantor-1');
      await page.getByTestId('signin-confirm').fill('rahasia-kantor-1');
      await page.getByTestId('signin-submit').click();
      await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Kantor');
      for (const [name, role] of [
        ['Siti Keuangan', 'finance'],
        ['Budi Lihat', 'viewer'],
      ] as const) {
        const made = await page.evaluate(
          async (input) =>
            (
              await fetch('/api/call', {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ command: 'users.create', input }),
              })
            ).json(),
          { name, role, password: 'sandi-kantor-123' },
        );
        expect(made, JSON.stringify(made)).toMatchObject({ ok: true });
      }

      // An admin makes PLU2's upload token: shown once with the address; a batch sent with it is
      // stored, and after it is revoked the next one is refused.
      await page.getByTestId('nav-tokens').click();
      await expect(page.getByText('Belum ada token.', { exact: false })).toBeVisible();
      await page.getByTestId('token-create').click();
      await expect(page.getByText('Nama token wajib diisi', { exact: false })).toBeVisible();
      await page.getByTestId('token-label').fill('PLU2 Pasar Inpres');
      await page.getByTestId('token-create').click();
      await expect(page.getByTestId('token-made')).toContainText('Token untuk PLU2 Pasar Inpres dibuat');
      await expect(page.getByTestId('token-address')).toHaveText(`${url}batches`);
      const token = (await page.getByTestId('token-value').textContent()) ?? '';
      expect(token.length).toBeGreaterThan(20);
      await expect(page.locator('[data-testid="token-row"][data-label="PLU2 Pasar Inpres"]')).toContainText(
        'Aktif',
      );
      await shots.shoot('tokens-made');
      const upload = (key: string) =>
        fetch(`${url}batches`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
          body: Buffer.from(zipOfFolder(first.folder, first.name)),
        }).then((r) => r.status);
      expect(await upload('unggah-plu2-0001')).toBe(201);
      await page.getByTestId('token-revoke').click();
      await expect(page.getByTestId('token-revoke-dialog')).toContainText(
        'Unggahan dengan token ini ditolak',
      );
      await shots.shoot('tokens-revoke');
      await page.getByTestId('token-revoke-confirm').click();
      await expect(page.getByTestId('tokens-notice')).toHaveText('Token PLU2 Pasar Inpres dicabut.');
      await expect(page.getByTestId('token-status')).toContainText('Dicabut');
      await expect(page.getByTestId('token-made')).toHaveCount(0);
      expect(await upload('unggah-plu2-0002')).toBe(401);
      await page.getByTestId('sign-out').click();

      // A viewer has neither page in the navigation (the server refuses the commands too).
      await signIn(page, 'Budi Lihat', 'sandi-kantor-123');
      await expect(page.getByTestId('nav-overview')).toBeVisible();
      await expect(page.getByTestId('nav-receive')).toHaveCount(0);
      await expect(page.getByTestId('nav-tokens')).toHaveCount(0);
      await page.getByTestId('sign-out').click();

      await signIn(page, 'Siti Keuangan', 'sandi-kantor-123');
      await page.getByTestId('nav-receive').click();
      await expect(page.getByTestId('receive-drop')).toContainText('Jatuhkan folder batch di sini');
      await shots.shoot('receive-drop');

      // The stick's folder, chosen with the folder picker: the batch uploaded before is already
      // here, the second is stored, the note left out.
      await page.getByTestId('receive-picker').setInputFiles(join(root, 'stick'));
      await expect(page.getByTestId('receive-summary')).toHaveText(
        '1 disimpan, 1 sudah ada, 0 ditolak. File yang dilewati (bukan bagian batch): 1.',
      );
      await expect(page.getByTestId('receive-outcome')).toHaveText(['Sudah ada', 'Disimpan']);
      await expect(page.getByTestId('receive-batches')).toContainText(batches[0]?.name ?? '');
      await expect(page.getByTestId('receive-batches')).toContainText(batches[1]?.name ?? '');
      await shots.shoot('receive-picked');

      // A drop of zips: the first batch again (already here) and a file that is no batch (refused).
      await dropFiles(page, [
        { name: `${first.name}.zip`, bytes: zipOfFolder(first.folder, first.name) },
        { name: 'foto-booth.zip', bytes: new TextEncoder().encode('bukan zip') },
      ]);
      await expect(page.getByTestId('receive-summary')).toHaveText('0 disimpan, 1 sudah ada, 1 ditolak.');
      await expect(page.getByTestId('receive-outcome')).toHaveText(['Sudah ada', 'Ditolak']);
      await expect(page.getByTestId('receive-batches')).toContainText(
        'Isi yang dijatuhkan bukan batch Karya POS',
      );
      await shots.shoot('receive-dropped');

      // The office holds the two batches once each.
      await page.getByTestId('nav-devices').click();
      const plu2 = page.locator('[data-testid="device-row"][data-device="PLU2"]');
      await expect(plu2).toBeVisible();
      await expect(plu2.getByTestId('device-batch-gaps')).toHaveText('—');

      await page.getByTestId('lang-switch').click();
      await page.getByTestId('nav-receive').click();
      await expect(page.getByTestId('receive-drop')).toContainText('Drop batch folders here');
      await page.getByTestId('receive-picker').setInputFiles(join(root, 'stick'));
      await expect(page.getByTestId('receive-summary')).toHaveText(
        '0 stored, 2 already here, 0 refused. Files left out (not part of a batch): 1.',
      );
      await shots.shoot('receive-picked-en');
      expect(shots.findings).toEqual([]);
    } finally {
      await stopOffice(child);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
