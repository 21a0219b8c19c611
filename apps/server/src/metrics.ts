/**
 * Counters and gauges for GET /metrics (Prometheus text format). Kept in
 * process; each process of a scaled-out workplace reports its own.
 */
export class Metrics {
  connections = 0;
  messages = 0;
  refusedWrites = 0;
  rateLimited = 0;
  /** Storage append latencies (ms) since start, as a summary. */
  private appendCount = 0;
  private appendSum = 0;
  private appendMax = 0;
  private readonly documents: () => number;

  constructor(documents: () => number) {
    this.documents = documents;
  }

  /** Records one storage append's latency. */
  observeAppend(ms: number): void {
    this.appendCount++;
    this.appendSum += ms;
    this.appendMax = Math.max(this.appendMax, ms);
  }

  /** The Prometheus exposition text. */
  render(): string {
    const lines = [
      ['sprintboard_connections', 'gauge', 'Open collaboration connections', this.connections],
      ['sprintboard_documents', 'gauge', 'Board documents loaded in this process', this.documents()],
      ['sprintboard_messages_total', 'counter', 'WebSocket messages handled', this.messages],
      [
        'sprintboard_refused_writes_total',
        'counter',
        'Updates refused (viewer or locked board)',
        this.refusedWrites,
      ],
      [
        'sprintboard_rate_limited_total',
        'counter',
        'Connections closed by the message rate limit',
        this.rateLimited,
      ],
      ['sprintboard_storage_append_seconds_count', 'counter', 'Storage appends', this.appendCount],
      [
        'sprintboard_storage_append_seconds_sum',
        'counter',
        'Total storage append time',
        this.appendSum / 1000,
      ],
      ['sprintboard_storage_append_seconds_max', 'gauge', 'Slowest storage append', this.appendMax / 1000],
    ] as const;
    return `${lines.map(([name, type, help, value]) => `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n${name} ${value}`).join('\n')}\n`;
  }
}
