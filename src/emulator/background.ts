// Work the emulator does after answering a request, in real time (for example ConversationWithParticipants adding
// its participants asynchronously under the wall clock, 001:L145-153; under the virtual clock that work waits for the
// clock instead, D-EMU-CWP). Tracked so `close()` and `reset` can stop it, and so tests can run it with `flush()`.

/** Deferred real-time tasks. */
export interface BackgroundTasks {
  /** Run `fn` after `ms` real milliseconds. */
  after(ms: number, fn: () => void): void;
  /** Run every pending task now, in the order they were scheduled (tasks they schedule run too). */
  flush(): void;
  /** Number of tasks not yet run. */
  pending(): number;
  /** Drop every pending task without running it. */
  cancelAll(): void;
}

/** Called when a task throws; later tasks still run. */
export type TaskErrorHandler = (error: unknown) => void;

/** Build the task list. */
export function createBackgroundTasks(onError: TaskErrorHandler = () => {}): BackgroundTasks {
  let nextId = 1;
  const tasks = new Map<number, { timeout: NodeJS.Timeout; fn: () => void }>();

  const run = (id: number): void => {
    const task = tasks.get(id);
    if (!task) return;
    clearTimeout(task.timeout);
    tasks.delete(id);
    try {
      task.fn();
    } catch (error) {
      onError(error);
    }
  };

  return {
    after(ms, fn) {
      const id = nextId++;
      const timeout = setTimeout(() => run(id), Math.max(0, ms));
      timeout.unref();
      tasks.set(id, { timeout, fn });
    },
    flush() {
      for (let id = tasks.keys().next(); !id.done; id = tasks.keys().next()) run(id.value);
    },
    pending: () => tasks.size,
    cancelAll() {
      for (const task of tasks.values()) clearTimeout(task.timeout);
      tasks.clear();
    },
  };
}
