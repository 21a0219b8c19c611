import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { CLOSE_CODES } from '@sprintboard/plan';
import crossws from 'crossws/adapters/node';
import { createCollabServer } from './collab/createCollabServer.ts';
import { compactDocument } from './collab/documentState.ts';
import { type LockBus, localLockBus, redisLockBus } from './collab/LockBus.ts';
import { MessageRateLimiter } from './collab/MessageRateLimiter.ts';
import { isWellFormedMessage } from './collab/messageGuard.ts';
import type { Config } from './config.ts';
import { createApp } from './http/createApp.ts';
import { LIMITS } from './limits.ts';
import { Metrics } from './metrics.ts';
import { openStorage } from './storage/openStorage.ts';

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the whole server on one port: the HTTP API (and the built web
 * app, when there is one) through Hono, and the Yjs sync at /collab through
 * Hocuspocus on the same http.Server's upgrade event.
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const metrics = new Metrics(() => collab.hocuspocus.getDocumentsCount());
  const collab = createCollabServer({
    storage,
    metrics,
    redisUrl: config.redisUrl,
    redisPrefix: config.redisPrefix,
  });
  const applyLock: Parameters<typeof localLockBus>[0] = async (boardId, notice) => {
    collab.lock.apply(boardId, notice);
    // Updates accepted before the flip may still be on their way to storage; the lock waits for them.
    await collab.persistence.settled(boardId);
  };
  const lockBus: LockBus = config.redisUrl
    ? await redisLockBus(config.redisUrl, config.redisPrefix, applyLock)
    : localLockBus(applyLock);
  const app = createApp({ config, storage, collab, lockBus, metrics });

  const limiter = new MessageRateLimiter<object>();
  const ws = crossws({
    serverOptions: { maxPayload: LIMITS.wsMessageBytes },
    hooks: {
      open: (peer) => {
        const connection = collab.hocuspocus.handleConnection(
          peer.websocket as never,
          peer.request as Request,
        );
        connections.set(peer.id, connection);
      },
      message: (peer, message) => {
        if (!limiter.allow(peer)) {
          metrics.rateLimited++;
          peer.close(CLOSE_CODES.rateLimited, 'rate-limited');
          return;
        }
        const data = message.uint8Array();
        if (!isWellFormedMessage(data)) {
          peer.close(CLOSE_CODES.malformed, 'malformed message');
          return;
        }
        connections.get(peer.id)?.handleMessage(data);
      },
      close: (peer, event) => {
        connections.get(peer.id)?.handleClose({ code: event.code ?? 1000, reason: event.reason ?? '' });
        connections.delete(peer.id);
      },
      error: (peer) => connections.get(peer.id)?.handleClose({ code: 1011, reason: 'socket error' }),
    },
  });
  const connections = new Map<string, ReturnType<typeof collab.hocuspocus.handleConnection>>();

  const httpServer = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  httpServer.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/collab') {
      socket.destroy();
      return;
    }
    ws.handleUpgrade(request, socket, head).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve) => {
    if (httpServer.listening) resolve();
    else httpServer.once('listening', () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;

  return {
    url: `http://${config.host}:${port}`,
    port,
    async close() {
      ws.closeAll(1001, 'server shutting down', true);
      if ('closeAllConnections' in httpServer) httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      // Everything acknowledged is in the log already; folding it in now just makes the next start faster.
      for (const document of collab.hocuspocus.documents.values()) {
        await collab.persistence.settled(document.name);
        await compactDocument(storage, document.name, document).catch((error) =>
          console.error(`compaction of ${document.name} at shutdown failed`, error),
        );
      }
      collab.persistence.shutDown();
      await collab.hocuspocus.hooks('onDestroy', { instance: collab.hocuspocus });
      await lockBus.close();
      await storage.close();
    },
  };
}
