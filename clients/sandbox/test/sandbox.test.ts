import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startTestStack, type TestStack } from '@forestry/gateway/testing';
import { viewers } from '@forestry/subgraph-runtime/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowLoopbackOnly, chromiumMissing, launchChromium } from '@forestry/browser-testing';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const screenshots = fileURLToPath(new URL('../test-results', import.meta.url));

const QUERY = `query YichunForest {
  division(code: "230700") {
    name
    forestStatistics {
      area
      subCompartmentCount
    }
  }
}`;

describe.skipIf(chromiumMissing)('the analysts’ sandbox in a browser with no internet access', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let refused: string[];
  let origin: string;

  beforeAll(async () => {
    stack = await startTestStack({ staticApps: { '/sandbox': dist } });
    origin = new URL(stack.gateway.url).origin;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    refused = await allowLoopbackOnly(page);
    await mkdir(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('signs in and runs a query with the user’s token', async () => {
    await page.goto(`${origin}/sandbox/?query=${encodeURIComponent(QUERY)}`);
    await page.getByLabel('Role').selectOption('leader');
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The shared link's operation is in the editor once GraphiQL has loaded.
    await page.locator('.graphiql-query-editor').getByText('YichunForest').waitFor();
    await page.locator('.graphiql-execute-button').click();
    const expected = await stack.request(QUERY, {}, viewers.leader);
    expect(expected.errors).toBeUndefined();
    const result = page.locator('.result-window');
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain('"name": "伊春市"');
    expect(await result.innerText()).toContain(`"area": ${expected.data!.division.forestStatistics.area}`);
    await page.screenshot({ path: `${screenshots}/sandbox-query.png` });
  });

  it('knows the schema: documentation, autocompletion and the explorer', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();

    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ divis');
    await page.locator('.CodeMirror-hints').getByText('divisions', { exact: true }).waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.locator('.graphiql-explorer-root').getByText('forestStatistics').first().waitFor();
    await page.screenshot({ path: `${screenshots}/sandbox-explorer.png` });
  });

  it('loads nothing from outside the gateway', () => {
    expect(refused).toEqual([]);
  });
});
