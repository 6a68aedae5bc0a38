// The background runs of one kind of job (MT, TMX import): at most one run per job id, a way to wait
// until none runs, and a stop that lets each run reach its next safe point (it stays unfinished in the
// store, and `resumeUnfinished` picks it up after the next start).
export class JobPool {
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly label: string,
    private readonly run: (jobId: string, shouldStop: () => boolean) => Promise<void>,
    private readonly listUnfinished: () => Promise<{ id: string }[]>,
  ) {}

  start(jobId: string): void {
    if (this.stopped || this.running.has(jobId)) return;
    const run = this.run(jobId, () => this.stopped)
      .catch((error: unknown) => console.error(`${this.label} ${jobId} crashed:`, error))
      .finally(() => this.running.delete(jobId));
    this.running.set(jobId, run);
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()]);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  /** After a restart: starts every job that was queued or running; returns how many. */
  async resumeUnfinished(): Promise<number> {
    const jobs = await this.listUnfinished();
    for (const job of jobs) this.start(job.id);
    return jobs.length;
  }
}
