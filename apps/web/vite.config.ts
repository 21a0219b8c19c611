import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API and the collaboration socket live on the server; the dev server forwards both. */
const server = 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  resolve: { dedupe: ['yjs', 'react', 'react-dom'] },
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/collab': { target: server, ws: true, changeOrigin: false },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1200 },
});
