import fs from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { cutTexts, type TextPart } from './src/web/locales/parts';

/**
 * `./locales/nl.json?part=apply` is the part of a locale file that the application wizards need
 * (src/web/locales/parts.ts): a visitor on /apply downloads one language's texts of the frame and the
 * wizard, not the three languages' every text.
 */
function textParts(): Plugin {
  const pattern = /[\\/]locales[\\/](nl|fr|en)\.json\?part=(base|auth|apply|app)$/;
  return {
    name: 'mentor2work-text-parts',
    enforce: 'pre',
    load(id) {
      const match = pattern.exec(id);
      if (!match) return null;
      const file = id.slice(0, id.indexOf('?'));
      this.addWatchFile(file);
      const texts = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(cutTexts(texts, match[2] as TextPart))};`;
    },
  };
}

/** The libraries of the frame every page loads. */
const frameLibraries =
  /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query)|use-sync-external-store|cookie|set-cookie-parser)[\\/]/;

/** The modules of the frame every page loads (main.tsx's static imports), put in one chunk. */
const frameModules =
  /src[\\/]web[\\/](i18n|translator|load-chunk|api[\\/](client|query-client)|locales[\\/]parts|features[\\/](auth[\\/](guards|session)|locale[\\/]language-switch|shell[\\/](status-message|skip-link|not-found-page|page|page-outlet|root-layout|public-layout)))\.tsx?$/;

/** The web app is built into dist/web and served by the Fastify server. */
export default defineConfig({
  root: 'src/web',
  plugins: [textParts(), react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // Vite writes which chunks each page needs; bench/bundle-size.ts reads it.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The libraries every page needs change less often than the app: a separate chunk stays cached
            // between releases. A library only some pages use (uqr for the two-factor QR code) stays with them.
            { name: 'vendor', test: frameLibraries },
            // The frame every page needs, as one file rather than a dozen small ones (smaller gzipped).
            { name: 'frame', test: frameModules },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
