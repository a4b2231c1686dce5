// Work the emulator does after answering a request, in real time (for example ConversationWithParticipants adding
// its participants asynchronously under the wall clock, 001:L145-153; under the virtual clock that work waits for the
// clock instead, D-EMU-CWP). Tracked so `close()` and `reset` can stop it, and so tests can run it with `flush()`.
// Each task belongs to the account it was scheduled for (account-scope.ts), so one account's reset drops only its own.
import { bindToScope, currentAccountSid } from './account-scope.ts';

/** Deferred real-time tasks. */
export interface BackgroundTasks {
  /** Run `fn` after `ms` real milliseconds. */
  after(ms: number, fn: () => void): void;
  /** Run every pending task now, in the order they were scheduled (tasks they schedule run too). */
  flush(): void;
  /** Number of tasks not yet run (of one account when given). */
  pending(accountSid?: string): number;
  /** Drop every pending task (of one account when given) without running it. */
  cancelAll(accountSid?: string): void;
}

/** Called when a task throws; later tasks still run. */
export type TaskErrorHandler = (error: unknown) => void;

/** Build the task list. */
export function createBackgroundTasks(onError: TaskErrorHandler = () => {}): BackgroundTasks {
  let nextId = 1;
  const tasks = new Map<number, { timeout: NodeJS.Timeout; fn: () => void; accountSid: string | undefined }>();

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
      // Bound so a `flush()` from outside runs the task in the account it was scheduled in.
      tasks.set(id, { timeout, fn: bindToScope(fn), accountSid: currentAccountSid() });
    },
    flush() {
      for (let id = tasks.keys().next(); !id.done; id = tasks.keys().next()) run(id.value);
    },
    pending(accountSid) {
      if (accountSid === undefined) return tasks.size;
      let n = 0;
      for (const task of tasks.values()) if (task.accountSid === accountSid) n++;
      return n;
    },
    cancelAll(accountSid) {
      for (const [id, task] of tasks) {
        if (accountSid !== undefined && task.accountSid !== accountSid) continue;
        clearTimeout(task.timeout);
        tasks.delete(id);
      }
    },
  };
}
