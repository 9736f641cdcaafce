import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium; `npx playwright install` cannot download a browser on these machines. */
export const chromiumMissing = !existsSync(CHROMIUM);

if (chromiumMissing) {
  // In CI a missing browser is a broken machine, not a reason to skip.
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: install it with "apt-get install -y chromium"`);
  console.warn(`Skipping browser tests: ${CHROMIUM} is missing (apt-get install -y chromium). CI always runs them.`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Lets the page reach the local test gateway only; anything else (a CDN, a web font, a tile
 * server) is refused and recorded, so that a test can prove the app works offline.
 */
export async function allowLoopbackOnly(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    refused.push(url.href);
    return route.abort('blockedbyclient');
  });
  return refused;
}
