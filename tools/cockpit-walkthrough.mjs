// Opens Cockpit as the manager and the process owner (a browser walkthrough like the others in tools/):
// every request the pages make must succeed (no 400 from the engine's result limit) and the console stays clean.
import { chromium } from 'playwright-core';
const BASE = (process.env.TRAPPEN_URL || 'http://localhost:8080').replace(/\/+$/, '');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
let failures = 0;
for (const user of ['manager', 'owner']) {
  const page = await browser.newPage({ locale: 'da-DK', viewport: { width: 1400, height: 900 } });
  page.on('response', r => { if (r.status() >= 400 && !/auth\/user\/default|favicon|camunda-welcome/.test(r.url())) { failures++; console.log('✗', user, r.status(), r.url()); } });
  page.on('console', m => { if (m.type() === 'error') console.log('console', user, m.text()); });
  await page.goto(`${BASE}/camunda/app/cockpit/`);
  await page.fill('input[name=username], #username, input[type=text]', user);
  await page.fill('input[type=password]', 'demo');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(4000);
  for (const path of ['#/dashboard', '#/processes', '#/decisions', '#/deployments', '#/batch']) {
    await page.goto(`${BASE}/camunda/app/cockpit/default/${path}`);
    await page.waitForTimeout(2500);
  }
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/processes`);
  await page.waitForTimeout(2500);
  // No "migrate to Camunda 8" banner for managers (cockpit/user-styles.css), and the municipality's logo.
  const banners = await page.locator('.ce-eol-banner:visible').count();
  if (banners > 0) { failures++; console.log('✗', user, 'the Camunda 8 banner is shown'); }
  const logo = await page.locator('.navbar-brand .brand-logo').first().evaluate(e => getComputedStyle(e).backgroundImage).catch(() => '');
  if (!/municipality-logo/.test(logo)) { failures++; console.log('✗', user, 'no municipality logo:', logo); }
  await page.screenshot({ path: `/tmp/cockpit-${user}.png` });
  await page.close();
}
await browser.close();
console.log(failures === 0 ? 'Cockpit: no failed request' : `Cockpit: ${failures} failed requests`);
process.exit(failures === 0 ? 0 : 1);
