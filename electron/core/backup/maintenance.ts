// One backup or restore at a time per engine, and a gate that holds other commands back while a
// restore writes over the live database (its writes would otherwise wait on the restore's lock
// with the event loop blocked, and fail).
const queues = new WeakMap<object, Promise<unknown>>();
const gates = new WeakMap<object, Promise<void>>();

/** Runs `task` after every earlier one for `owner` has settled. */
export function serialised<T>(owner: object, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(owner) ?? Promise.resolve();
  const next = previous.then(task, task);
  queues.set(
    owner,
    next.catch(() => undefined),
  );
  return next;
}

/** Closes the gate for `owner` while `task` runs; commands arriving meanwhile wait for it. */
export async function behindGate<T>(owner: object, task: () => Promise<T>): Promise<T> {
  let open = () => {};
  gates.set(
    owner,
    new Promise<void>((resolve) => {
      open = resolve;
    }),
  );
  try {
    return await task();
  } finally {
    gates.delete(owner);
    open();
  }
}

/** Resolves when no restore is running for `owner`; undefined (no waiting) in the usual case. */
export function gateOf(owner: object): Promise<void> | undefined {
  return gates.get(owner);
}
