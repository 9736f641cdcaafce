import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startTestStack, type TestStack } from '@forestry/gateway/testing';
import { viewers } from '@forestry/subgraph-runtime/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowLoopbackOnly, chromiumMissing, launchChromium } from '@forestry/browser-testing';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const screenshots = fileURLToPath(new URL('../test-results', import.meta.url));

describe.skipIf(chromiumMissing)('the leaders’ dashboard in a browser', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let refused: string[];
  let origin: string;

  beforeAll(async () => {
    stack = await startTestStack({ staticApps: { '/dashboard': dist } });
    origin = new URL(stack.gateway.url).origin;
    browser = await launchChromium();
    await mkdir(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** What the gateway itself answers for a division's (or both provinces') headline figures. */
  async function figuresOf(code: string | null): Promise<{ forestArea: number; pestArea: number; activeFires: number }> {
    type Figures = { forestStatistics: { area: number }; pestInfestation: { area: number } };
    const selection = 'forestStatistics { area } pestInfestation { area }';
    const { data, errors } = await stack.request<{ divisions?: Figures[]; division?: Figures }>(
      code === null
        ? `{ divisions(level: PROVINCE) { ${selection} } }`
        : `query ($code: ID!) { division(code: $code) { ${selection} } }`,
      { code },
      viewers.leader,
    );
    expect(errors).toBeUndefined();
    const divisions = data?.divisions ?? (data?.division ? [data.division] : []);
    const fires = await stack.request<{ activeFireIncidents: { totalCount: number } }>(
      'query ($code: ID) { activeFireIncidents(divisionCode: $code) { totalCount } }',
      { code },
      viewers.leader,
    );
    expect(fires.errors).toBeUndefined();
    return {
      activeFires: fires.data!.activeFireIncidents.totalCount,
      forestArea: divisions.reduce((sum, division) => sum + division.forestStatistics.area, 0),
      pestArea: divisions.reduce((sum, division) => sum + division.pestInfestation.area, 0),
    };
  }

  async function shownValue(kpi: string): Promise<number> {
    const tile = page.getByTestId(`kpi-${kpi}`);
    await tile.and(page.locator('[data-value]')).waitFor();
    return Number(await tile.getAttribute('data-value'));
  }

  async function expectFiguresOf(code: string | null): Promise<void> {
    const expected = await figuresOf(code);
    await expect.poll(() => shownValue('forest-area'), { timeout: 20_000 }).toBeCloseTo(expected.forestArea, 6);
    await expect.poll(() => shownValue('pest-area'), { timeout: 20_000 }).toBeCloseTo(expected.pestArea, 6);
    await expect.poll(() => shownValue('fire-active'), { timeout: 20_000 }).toBe(expected.activeFires);
  }

  async function settle(): Promise<void> {
    // Charts animate in; a screenshot taken mid-animation shows half-drawn bars.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
  }

  it('signs a leader in and shows both provinces’ figures as the gateway reports them', async () => {
    page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    refused = await allowLoopbackOnly(page);
    await page.goto(`${origin}/dashboard/`);
    await page.getByRole('button', { name: '登录' }).click();

    await expectFiguresOf(null);
    await expect.poll(() => page.getByTestId('kpi-forest-area').locator('.kpi__value').textContent()).toMatch(/万$/);
    await settle();
    await page.screenshot({ path: `${screenshots}/overview-1920x1080.png` });
  });

  it('shows a fire reported through the gateway on the open screen as it is reported', async () => {
    // The open screen subscribes to its area's alerts and fire changes: both in place before the report.
    const firePrevention = stack.subgraphs.get('fire-prevention')!;
    await expect.poll(() => firePrevention.activeSubscriptions(), { timeout: 20_000 }).toBe(2);
    const stands = await stack.request<{ subCompartments: { edges: { node: { id: string; longitude: number; latitude: number } }[] } }>(
      '{ subCompartments(first: 1, filter: { divisionCode: "230724" }) { edges { node { id longitude latitude } } } }',
    );
    const stand = stands.data!.subCompartments.edges[0]!.node;
    const place = `丰林经营所${Date.now() % 10_000}号林班东坡`;
    const reported = await stack.request(
      'mutation ($input: ReportFireIncidentInput!) { reportFireIncident(input: $input) { id } }',
      {
        input: {
          divisionCode: '230724',
          subCompartmentId: stand.id,
          place,
          longitude: stand.longitude,
          latitude: stand.latitude,
          detection: 'PATROL',
          reportedBy: '王建华',
        },
      },
      viewers.staff('fire-prevention'),
    );
    expect(reported.errors).toBeUndefined();
    const alerts = page.getByTestId('live-alerts');
    await expect.poll(() => alerts.textContent(), { timeout: 5_000 }).toContain(`伊春市丰林县（${place}）发生火情`);
    // The list of active fires reloads on the change, without waiting for its refresh beat.
    await expect.poll(() => page.locator('.incident-list__place').allTextContents(), { timeout: 5_000 }).toContainEqual(
      expect.stringContaining(place),
    );
    await settle();
    await page.screenshot({ path: `${screenshots}/live-alert.png` });
  });

  it('drills down to a prefecture from the ranking and to a county on the map, and back up', async () => {
    await page.locator('.switch').getByRole('button', { name: '黑龙江省' }).click();
    await expectFiguresOf('230000');

    await page.getByRole('button', { name: /伊春市/ }).click();
    await expect.poll(() => page.getByRole('navigation', { name: '当前位置' }).locator('[aria-current]').textContent()).toBe('伊春市');
    await expectFiguresOf('230700');
    await settle();
    await page.screenshot({ path: `${screenshots}/prefecture-yichun.png` });

    // The middle of the prefecture's map lies inside one of its counties.
    const map = (await page.locator('.chart--map').boundingBox())!;
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/2307\d\d$/);
    const county = (await page.evaluate(() => location.hash)).slice(2);
    await expectFiguresOf(county);
    const breadcrumb = page.getByRole('navigation', { name: '当前位置' });
    await expect.poll(() => breadcrumb.getByRole('listitem').count()).toBe(4);
    await page.getByRole('table').waitFor();
    await settle();
    await page.screenshot({ path: `${screenshots}/county.png` });

    await breadcrumb.getByRole('button', { name: '黑龙江省', exact: true }).click();
    await expectFiguresOf('230000');
  });

  it('switches the interface to English and keeps data names in both languages', async () => {
    await page.getByRole('button', { name: /伊春市/ }).click();
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en-US');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Forestry Data Screen');
    await expect.poll(() => page.getByRole('navigation', { name: 'You are here' }).locator('[aria-current]').textContent()).toBe('Yichun 伊春市');
    await expect.poll(() => page.getByTestId('kpi-forest-area').locator('.kpi__label').textContent()).toBe('Forest area');
    await settle();
    await page.screenshot({ path: `${screenshots}/prefecture-english.png` });

    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('林业综合数据大屏');
  });

  it('fits a 1366×768 laptop screen without scrolling', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.evaluate(() => {
      location.hash = '/';
    });
    await expectFiguresOf(null);
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - window.innerWidth,
      y: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
    await settle();
    await page.screenshot({ path: `${screenshots}/overview-1366x768.png` });
  });

  it('loads nothing from outside the gateway', () => {
    expect(refused).toEqual([]);
  });
});
