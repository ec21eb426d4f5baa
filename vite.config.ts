import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app is built into dist/web and served by the Fastify server. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // Libraries change less often than the app: a separate chunk stays cached between releases.
    rolldownOptions: { output: { advancedChunks: { groups: [{ name: 'vendor', test: /node_modules/ }] } } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
