import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Turns an HTML page (with a print stylesheet and embedded fonts) into a PDF with Chromium, which lays
 * out every script (Arabic right to left, Cyrillic, Ge'ez) and keeps the text extractable. One browser
 * is started on first use and reused; `closePdfRenderer` stops it.
 */
export class PdfUnavailable extends Error {
  readonly code = 'documents.pdf_unavailable';
  constructor(message: string) {
    super(message);
    this.name = 'PdfUnavailable';
  }
}

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let browser: Promise<Browser> | null = null;

/**
 * The little of the page's own globals that the code below runs inside Chromium (through
 * `page.evaluate`). The server is compiled without the DOM library, so the page gets its own typing.
 */
interface PageGlobals {
  document: { fonts: { ready: Promise<unknown> } };
}

function launch(chromiumPath: string): Promise<Browser> {
  if (!browser) {
    browser = chromium.launch({ executablePath: chromiumPath, args, headless: true }).catch((error) => {
      browser = null;
      throw new PdfUnavailable(`Chromium did not start: ${String(error)}`);
    });
  }
  return browser;
}

/** Renders the HTML to A4 PDF bytes; throws PdfUnavailable when Chromium is missing or fails to start. */
export async function renderPdf(html: string, options: { chromiumPath: string }): Promise<Uint8Array> {
  if (!fs.existsSync(options.chromiumPath))
    throw new PdfUnavailable(`No Chromium at ${options.chromiumPath} (set CHROMIUM_PATH).`);
  const running = await launch(options.chromiumPath);
  const context = await running.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // Nothing leaves the machine: the page holds its fonts as data URLs.
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    );
    await page.setContent(html, { waitUntil: 'load' });
    await page
      .evaluate(() => (globalThis as unknown as PageGlobals).document.fonts.ready)
      .catch(() => undefined);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await context.close();
  }
}

/** Stops the shared browser (on server shutdown and after tests). */
export async function closePdfRenderer(): Promise<void> {
  const running = browser;
  browser = null;
  if (running) await (await running.catch(() => null))?.close();
}
