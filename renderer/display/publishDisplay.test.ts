import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DisplayView } from '../../shared/contract';
import { useSession } from '../stores/session';

// The door is replaced here, not the engine: what is under test is when and what the till sends.
const sent: DisplayView[] = [];
const answers: Array<(error?: Error) => void> = [];
vi.mock('../api/client', () => {
  class ApiError extends Error {
    constructor(
      readonly code: string,
      message: string,
    ) {
      super(message);
    }
  }
  return {
    ApiError,
    call: (name: string, input: DisplayView) => {
      if (name !== 'display.publish') return Promise.resolve({});
      sent.push(input);
      return new Promise<void>((resolve, reject) => {
        answers.push((error) => (error ? reject(error) : resolve()));
      });
    },
  };
});

const { publishDisplay } = await import('./publishDisplay');

const view = (total: number): DisplayView => ({
  state: 'cart',
  lines: [],
  lineCount: 0,
  discount: 0,
  ppn: 0,
  total,
  due: null,
  change: null,
  qris: null,
  receiptNo: null,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const user = { id: 1, name: 'Sri', role: 'cashier' as const };

describe('sending the view to the customer display', () => {
  beforeEach(() => {
    sent.length = 0;
    answers.length = 0;
    useSession.setState({ session: 's1', user, locked: false });
  });
  afterEach(async () => {
    vi.useRealTimers();
    for (const answer of answers.splice(0)) answer();
    await settle();
  });

  it('sends one view at a time, and after a burst only the newest', async () => {
    publishDisplay(view(1));
    publishDisplay(view(2));
    publishDisplay(view(3));
    expect(sent.map((v) => v.total)).toEqual([1]);
    answers.shift()?.();
    await settle();
    expect(sent.map((v) => v.total)).toEqual([1, 3]);
    answers.shift()?.();
    await settle();
    // The same view again is not sent again.
    publishDisplay(view(3));
    await settle();
    expect(sent).toHaveLength(2);
  });

  it('sends nothing while the till is locked (its session is ended), then the newest view', async () => {
    useSession.setState({ locked: true });
    publishDisplay(view(10));
    publishDisplay(view(11));
    await settle();
    expect(sent).toHaveLength(0);
    useSession.setState({ locked: false });
    await settle();
    expect(sent.map((v) => v.total)).toEqual([11]);
  });

  it('sends the newest view again after a sign-in or unlock (the engine cleared it on sign-out)', async () => {
    publishDisplay(view(30));
    answers.shift()?.();
    await settle();
    expect(sent.map((v) => v.total)).toEqual([30]);
    useSession.setState({ session: null, locked: true });
    await settle();
    useSession.setState({ session: 's2', user, locked: false });
    await settle();
    expect(sent.map((v) => v.total)).toEqual([30, 30]);
    // Back to the session the other tests start in (it sends the view once more).
    answers.shift()?.();
    await settle();
    useSession.setState({ session: 's1' });
    await settle();
  });

  it('tries a failed send again, unless the view itself was refused', async () => {
    vi.useFakeTimers();
    publishDisplay(view(20));
    answers.shift()?.(new Error('door restarting'));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((v) => v.total)).toEqual([20, 20]);
    answers.shift()?.();
    await vi.advanceTimersByTimeAsync(0);

    const { ApiError } = await import('../api/client');
    publishDisplay(view(21));
    answers.shift()?.(new ApiError('INVALID_INPUT', 'Teks paling panjang 120 karakter'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent.map((v) => v.total)).toEqual([20, 20, 21]);
  });
});
