// The till's product grid with a catalogue of 5,000 products (a database of its own, so the count
// does not follow --products), in Debian's Chromium at 1366x768.
//
// Scrolling: the page scrolls the grid from top to bottom at an even speed, one step per animation
// frame, and times every frame. The frame time is the gap between two requestAnimationFrame
// callbacks on the page's own clock (performance.now()), not the callbacks' timestamps: headless
// Chromium stamps a late frame on the 60 Hz grid anyway, so the timestamps hide a busy main thread.
// A frame longer than one and a half refreshes (25 ms at 60 Hz) is a dropped frame: the scroll
// visibly stutters there.
//
// The whole catalogue back: a tap on the "Semua" chip after another category puts the 5,000
// products back in the grid (clearing a search does the same); timed from the click to the end of
// the frame that shows them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openEngine } from '../../../electron/core/engine';
import { generateCatalogue } from '../data/catalogue';
import { summarise } from '../measure';
import { openTill } from '../tillBrowser';
import type { BenchCase } from '../types';
import type { BenchWorld } from '../world';

const GRID_PRODUCTS = 5_000;
/** One pass from top to bottom: about 17,000 px a second over the 1,250 rows of 4 tiles. */
const PASS_MS = 10_000;
const REFRESH_MS = 1000 / 60;
const DROPPED_MS = 1.5 * REFRESH_MS;

const databases = new WeakMap<BenchWorld, string>();

/** A database with the demo catalogue topped up with generated products to exactly 5,000. */
function gridDatabase(world: BenchWorld): string {
  const built = databases.get(world);
  if (built) return built;
  const dir = join(world.dir, 'grid');
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, 'karya.db');
  openEngine({ dbPath }).close();
  const db = new Database(dbPath);
  try {
    db.pragma('journal_mode = WAL');
    const demo = db.prepare('SELECT count(*) FROM products WHERE active = 1').pluck().get() as number;
    generateCatalogue(db, world.random('grid'), GRID_PRODUCTS - demo);
    db.pragma('optimize');
  } finally {
    db.close();
  }
  databases.set(world, dbPath);
  return dbPath;
}

/**
 * Scrolls the grid from top to bottom over `ms`, setting its scrollTop once per animation frame,
 * and answers each frame's time and how many frames were painted with empty space in the grid
 * (the rows under the viewport not drawn yet when the frame was painted). Plain text rather than a
 * function: the bench runs through tsx, whose name-keeping helpers do not exist inside the page.
 */
const scrollPass = (ms: number) => `new Promise((resolve) => {
  const grid = document.querySelector('[data-testid="product-grid"]');
  // The windowed grid scrolls a box around its list; a short list's grid scrolls itself.
  const list = grid.querySelector('ul') ?? grid;
  const frames = [];
  let gaps = 0;
  let tiles = 0;
  let start = -1;
  let previous = -1;
  // After scrollTop moves in a frame, the page is painted at the new position with the rows
  // drawn so far (the scroll event that draws new rows comes with the next frame): is the
  // viewport covered by them? 20 px of slack for the padding under the last row.
  const covered = () => {
    const items = list.children;
    if (items.length === 0) return false;
    const view = grid.getBoundingClientRect();
    const first = items[0].getBoundingClientRect();
    const last = items[items.length - 1].getBoundingClientRect();
    return first.top <= view.top + 1 && last.bottom >= view.bottom - 20;
  };
  const step = () => {
    const now = performance.now();
    if (start < 0) start = now;
    else frames.push(now - previous);
    previous = now;
    const t = Math.min(1, (now - start) / ${ms});
    grid.scrollTop = Math.round(t * (grid.scrollHeight - grid.clientHeight));
    if (!covered()) gaps++;
    tiles = Math.max(tiles, list.children.length);
    if (t < 1) requestAnimationFrame(step);
    else resolve({ frames, gaps, tiles });
  };
  requestAnimationFrame(step);
})`;

/** Back to the top, then a few quiet frames so the pass starts from rest. */
const TO_TOP = `new Promise((resolve) => {
  document.querySelector('[data-testid="product-grid"]').scrollTop = 0;
  let frames = 0;
  const wait = () => (++frames < 10 ? requestAnimationFrame(wait) : resolve(null));
  requestAnimationFrame(wait);
})`;

/**
 * Taps the chip of the first category, then "Semua" (all), and answers the time from that click to
 * the end of the frame that shows the whole catalogue again: a click is handled at once, so the grid
 * is rendered when click() returns; the frame's layout and paint follow the next animation frame
 * callback, and a task queued from it runs after them.
 */
const BACK_TO_ALL = `new Promise((resolve) => {
  const chips = document.querySelectorAll('[data-testid="category-chip"]');
  chips[1].click();
  requestAnimationFrame(() => setTimeout(() => {
    const start = performance.now();
    chips[0].click();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
  }));
})`;

interface Pass {
  frames: number[];
  gaps: number;
  tiles: number;
}

export const gridCases: BenchCase[] = [
  {
    name: 'till: grid scroll, 5,000 tiles (frame times)',
    what:
      'in Chromium through the loopback door at 1366x768: the till with 5,000 products in the grid, ' +
      `scrolled top to bottom in ${PASS_MS / 1000} s by the page (one scrollTop step per animation ` +
      'frame); each run is one frame: the time between two requestAnimationFrame callbacks on the ' +
      "page's clock",
    target: { stat: 'p95Ms', maxMs: 20 },
    async run(world) {
      const dbPath = gridDatabase(world);
      const passes = world.runs(3, 1);
      const { page, close } = await openTill(dbPath);
      try {
        const count = (await page.evaluate(
          `document.querySelectorAll('[data-testid="product-tile"]').length`,
        )) as number;
        console.error(`  ${count} tiles in the page for ${GRID_PRODUCTS.toLocaleString('en')} products`);
        // An untimed pass first: code paths compiled, fonts and styles warm.
        await page.evaluate(TO_TOP);
        await page.evaluate(scrollPass(2_000));
        const frames: number[] = [];
        let gaps = 0;
        let mostTiles = 0;
        for (let i = 0; i < passes; i++) {
          await page.evaluate(TO_TOP);
          const pass = (await page.evaluate(scrollPass(PASS_MS))) as Pass;
          frames.push(...pass.frames);
          gaps += pass.gaps;
          mostTiles = Math.max(mostTiles, pass.tiles);
        }
        const dropped = frames.filter((ms) => ms > DROPPED_MS).length;
        return {
          ...summarise(frames, process.memoryUsage.rss()),
          counts: [
            // One frame in a hundred may stutter (a garbage collection, the machine's other work).
            {
              label: `dropped frames (> ${DROPPED_MS.toFixed(0)} ms)`,
              value: dropped,
              of: frames.length,
              max: Math.floor(frames.length / 100),
            },
            // A dropped frame doubles the next step, which can outrun the rows drawn ahead.
            {
              label: 'frames painted with empty rows',
              value: gaps,
              of: frames.length,
              max: Math.floor(frames.length / 100),
            },
            { label: 'most tiles in the page at once', value: mostTiles, of: GRID_PRODUCTS },
          ],
        };
      } finally {
        await close();
      }
    },
  },
  {
    name: 'till: grid, all 5,000 tiles back (chip tap to frame)',
    what:
      'in Chromium at 1366x768, the till with 5,000 products: a category chip tapped, then "Semua"; ' +
      'from the click on "Semua" to the end of the frame that shows the whole catalogue in the grid',
    target: { stat: 'p95Ms', maxMs: 50 },
    async run(world) {
      const dbPath = gridDatabase(world);
      const { page, close } = await openTill(dbPath);
      try {
        for (let i = 0; i < 3; i++) await page.evaluate(BACK_TO_ALL);
        const times: number[] = [];
        for (let i = 0; i < world.runs(30, 8); i++) times.push((await page.evaluate(BACK_TO_ALL)) as number);
        return summarise(times, process.memoryUsage.rss());
      } finally {
        await close();
      }
    },
  },
];
