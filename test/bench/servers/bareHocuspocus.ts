import { Server } from '@hocuspocus/server';

/**
 * Baseline: Hocuspocus 4 with no extensions (no auth, no storage, no
 * checks), in its own process. Prints its URL like our server does.
 */
const server = new Server({ port: Number(process.env.PORT ?? 0), address: '127.0.0.1', quiet: true });
await server.listen();
console.log(`running at http://127.0.0.1:${server.address.port}`);
