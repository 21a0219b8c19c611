export { type Config, ConfigError, loadConfig } from './config.ts';
export { LIMITS } from './limits.ts';
export { type RunningServer, startServer } from './server.ts';
