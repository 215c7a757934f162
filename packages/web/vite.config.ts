import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineFirstLoad } from './build/inline-first-load.ts';

/**
 * The field app. The service worker precaches the app shell (every built file), so after the first
 * visit the app opens with no network; API calls are never cached by it: data lives in IndexedDB.
 */
export default defineConfig({
  plugins: [
    preact(),
    inlineFirstLoad(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Groundwork',
        short_name: 'Groundwork',
        description: 'Group meetings, books and members, offline',
        theme_color: '#1f5f4a',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The first visit's page too, so that the screens it loads later still come offline.
        clientsClaim: true,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false, manifest: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
