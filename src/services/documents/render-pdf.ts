import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { fail, ok, type Result } from '../../domain/result.js';

/** Turns a self-contained HTML document into an A4 PDF. One renderer per app; `close` on shutdown. */
export interface PdfRenderer {
  render(html: string): Promise<Result<Buffer>>;
  close(): Promise<void>;
}

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const unavailable = (why: string) =>
  fail<Buffer>(
    'documents.pdf_unavailable',
    `PDF documents cannot be made on this server right now (${why}).`,
  );

/**
 * PDF through Chromium (playwright-core): it lays out any script, right-to-left included, and the
 * text extracts correctly. The browser starts on the first document and is reused; without Chromium
 * the result is the coded failure `documents.pdf_unavailable` (503), never a crash.
 */
export function createPdfRenderer(options: {
  chromiumPath: string;
  log?: (message: string, error: unknown) => void;
}): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  const log = options.log ?? ((message, error) => console.error(message, error));

  async function launched(): Promise<Browser> {
    if (!browser) {
      browser = chromium.launch({ executablePath: options.chromiumPath, args: launchArgs });
      browser
        .then((b) =>
          b.on('disconnected', () => {
            browser = null;
          }),
        )
        .catch(() => {
          browser = null;
        });
    }
    return browser;
  }

  return {
    async render(html) {
      if (!fs.existsSync(options.chromiumPath)) return unavailable(`no browser at ${options.chromiumPath}`);
      let instance: Browser;
      try {
        instance = await launched();
      } catch (error) {
        log('Chromium did not start', error);
        return unavailable('the browser did not start');
      }
      const page = await instance.newPage();
      try {
        // Documents are self-contained: nothing is fetched from anywhere.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        return ok(await page.pdf({ format: 'A4', printBackground: true }));
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    async close() {
      const current = browser;
      browser = null;
      if (current) await (await current.catch(() => null))?.close().catch(() => undefined);
    },
  };
}
