// The store's single writer: every operation runs after the previous one has finished, so two
// tabs reporting at the same moment can never read the same state and overwrite each other.
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private idleWaiters: (() => void)[] = [];

  run<T>(task: () => Promise<T> | T): Promise<T> {
    this.pending += 1;
    const result = this.tail.then(task);
    this.tail = result.then(
      () => this.settle(),
      () => this.settle(),
    );
    return result;
  }

  /** Resolves once nothing is queued (used to coalesce badge updates after a burst). */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private settle(): void {
    this.pending -= 1;
    if (this.pending === 0) for (const wake of this.idleWaiters.splice(0)) wake();
  }
}
