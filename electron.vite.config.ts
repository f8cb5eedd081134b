import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * @fontsource CSS lists each subset as woff2 with a woff fallback. Chromium (Electron, and the
 * browsers browser mode supports) always takes woff2, so the woff copies only double the app:
 * drop them from the CSS and Vite never emits them.
 */
function woff2Only(): Plugin {
  return {
    name: 'zuoci-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].*\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

// Main and preload are CommonJS: a sandboxed preload must be, and __dirname keeps paths simple.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve('electron/main/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), woff2Only()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; a smaller bundle opens plans faster.
      minify: true,
      sourcemap: !!process.env.ZUOCI_PROFILE,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
