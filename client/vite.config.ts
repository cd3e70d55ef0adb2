import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The explorer's build. The initial chunk carries React, the shell and Cytoscape with dagre (the cascade is the
 * landing view); elk and fcose are imported dynamically by graph/layouts.ts, so their chunks load only when a user
 * picks those layouts. `npm run dev` proxies /graphql to the API started with `npm start` (or PORT=4000).
 */
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': { target: process.env.API_URL ?? 'http://127.0.0.1:4000', changeOrigin: true } },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Vendor code changes less often than ours: separate chunks cache better across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'cytoscape', test: /node_modules[\\/](cytoscape|cytoscape-dagre|@dagrejs|dagre|lodash)[\\/]/ },
          ],
        },
      },
    },
  },
});
