import { lockAndProbe } from './lockProbe.ts';
import type { DriverCommand, DriverReply } from './messages.ts';
import { DriverSession } from './session.ts';
import { probeSync } from './syncProbe.ts';
import { typeFor } from './typingLoop.ts';

/**
 * A client-driver process (forked by the orchestrator): opens the clients
 * of one board and runs one command at a time from the IPC channel,
 * answering each with one reply.
 */
const session = new DriverSession();
// y-websocket's provider adds a process 'exit' listener per instance; 20+ typers are expected.
process.setMaxListeners(0);

async function handle(command: DriverCommand): Promise<DriverReply> {
  switch (command.type) {
    case 'connect':
      return session.connect(command);
    case 'type':
      return typeFor(session, command);
    case 'lock':
      return lockAndProbe(session, command);
    case 'syncProbe':
      return probeSync(command);
    case 'close':
      session.close();
      return { type: 'closed' };
  }
}

const send = (reply: DriverReply) =>
  new Promise<void>((resolve) => {
    if (!process.send) throw new Error('driver.ts runs as a forked child with an IPC channel');
    process.send(reply, () => resolve());
  });

process.on('message', async (message: DriverCommand) => {
  let reply: DriverReply;
  try {
    reply = await handle(message);
  } catch (error) {
    reply = { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  await send(reply);
  if (message.type === 'close') process.exit(0);
});
// The orchestrator died: do not linger with open sockets.
process.on('disconnect', () => process.exit(1));
