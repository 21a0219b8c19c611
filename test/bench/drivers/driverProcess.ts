import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DriverCommand, DriverReply } from './messages.ts';

const DRIVER = fileURLToPath(new URL('./driver.ts', import.meta.url));

type Reply<T extends DriverReply['type']> = Extract<DriverReply, { type: T }>;

/** The orchestrator's handle on one client-driver process. */
export class DriverProcess {
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;

  private constructor(child: ChildProcess) {
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Forks a driver (Node runs the .ts directly). */
  static start(): DriverProcess {
    return new DriverProcess(fork(DRIVER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('driver has no pid');
    return this.child.pid;
  }

  /** Sends a command and waits for its reply (of the expected type) or the timeout. */
  request<T extends DriverReply['type']>(
    command: DriverCommand,
    expect: T,
    timeoutMs: number,
  ): Promise<Reply<T>> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`driver did not answer ${command.type} within ${timeoutMs} ms`));
      }, timeoutMs);
      const onMessage = (reply: DriverReply) => {
        cleanup();
        if (reply.type === expect) resolve(reply as Reply<T>);
        else
          reject(new Error(`driver ${command.type}: ${reply.type === 'error' ? reply.message : reply.type}`));
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`driver exited (${code}) during ${command.type}`));
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(command);
    });
  }

  /** Closes the driver's clients and waits for it to exit (killing it if it does not). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await this.request({ type: 'close' }, 'closed', 10_000).catch(() => this.child.kill('SIGKILL'));
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}
