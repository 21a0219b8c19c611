import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './server.ts';

/** Entry point: validate the environment, start, print the URL, stop cleanly on signals. */
try {
  const config = loadConfig();
  const server = await startServer(config);
  console.log(`Sprintboard is running at ${config.publicUrl.replace(`:${config.port}`, `:${server.port}`)}`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
