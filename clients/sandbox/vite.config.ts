import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  // The gateway serves the built app under /sandbox/.
  base: '/sandbox/',
  plugins: [react()],
  server: {
    proxy: { '/graphql': gateway, '/auth': gateway },
  },
  build: {
    // GraphiQL with CodeMirror and GraphQL's own parser is one large chunk by nature.
    chunkSizeWarningLimit: 2000,
  },
});
