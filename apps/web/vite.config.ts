import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The API server in development (apps/server listens on :3000); override with YUNJU_API_TARGET.
const api = { target: process.env.YUNJU_API_TARGET ?? 'http://127.0.0.1:3000', changeOrigin: false };

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    // The workspace symlink would do; the alias keeps the build independent of node_modules layout.
    alias: [
      { find: /^@yunju\/contracts$/, replacement: fileURLToPath(new URL('../../packages/contracts/src/index.ts', import.meta.url)) },
      { find: /^@yunju\/contracts\/(.*)$/, replacement: fileURLToPath(new URL('../../packages/contracts/src/$1.ts', import.meta.url)) },
    ],
  },
  server: { host: '127.0.0.1', port: 5173, proxy: { '/api': api } },
  preview: { host: '127.0.0.1', port: 4173, proxy: { '/api': api } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Routes and ECharts split at their dynamic imports. React and the router change
        // rarely: one long-cached chunk. antd stays with its users, so the login page does not
        // download the table, date picker or chart code.
        codeSplitting: {
          groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 10 }],
        },
      },
    },
  },
});
