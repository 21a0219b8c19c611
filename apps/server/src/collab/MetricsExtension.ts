import type { beforeSyncPayload, Extension } from '@hocuspocus/server';
import type { Metrics } from '../metrics.ts';
import type { CollabContext } from './CollabContext.ts';

/** Counts connections, messages and refused writes for /metrics. */
export class MetricsExtension implements Extension<CollabContext> {
  extensionName = 'MetricsExtension';
  private readonly metrics: Metrics;

  constructor(metrics: Metrics) {
    this.metrics = metrics;
  }

  async connected(): Promise<void> {
    this.metrics.connections++;
  }

  async onDisconnect(): Promise<void> {
    this.metrics.connections = Math.max(0, this.metrics.connections - 1);
  }

  async beforeHandleMessage(): Promise<void> {
    this.metrics.messages++;
  }

  async beforeSync({ type, connection }: beforeSyncPayload<CollabContext>): Promise<void> {
    // type 2 = update: a read-only connection's update is refused by Hocuspocus right after this hook.
    if (type === 2 && connection.readOnly) this.metrics.refusedWrites++;
  }
}
