// The delivery queues: the tasks of one key (a conversation, else a service) run one at a time in the order they were
// queued, so deliveries of one conversation arrive in event order; different keys run side by side. A task's error is
// reported (a bug: delivery failures are outcomes, not errors) and never stops the tasks after it.

/** Per-key serial task queues. */
export interface DeliveryQueue {
  /** Queue `task` after every task queued under `key` before it. */
  enqueue(key: string, task: () => Promise<void>): void;
  /** Tasks queued or running. */
  pending(): number;
  /** Resolves once every queued task has finished (tasks queued meanwhile included). */
  settled(): Promise<void>;
}

/** Build the queues; `report` receives the errors tasks throw. */
export function createDeliveryQueue(report: (error: unknown) => void): DeliveryQueue {
  const queues = new Map<string, Promise<void>>();
  let inFlight = 0;
  return {
    enqueue(key, task) {
      inFlight++;
      const previous = queues.get(key) ?? Promise.resolve();
      const next = previous
        .then(task)
        .catch(report)
        .finally(() => {
          inFlight--;
          if (queues.get(key) === next) queues.delete(key);
        });
      queues.set(key, next);
    },
    pending: () => inFlight,
    async settled() {
      while (queues.size > 0) await Promise.allSettled([...queues.values()]);
    },
  };
}
