import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress.ts';

export default defineConfig({
  plugins: [react(), precompress()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  // `npm run dev -w apps/web` talks to a server started with `npm start` (port 3000).
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
