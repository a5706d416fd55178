#!/usr/bin/env node
// Opens the managers' dashboard (/dashboard) in a real (headless) Chromium as the demo's manager,
// signed in through Cockpit's login, and checks that the charts show the numbers the API gives
// (GET /api/dashboard, HTTP Basic): caseload, deadlines, children per step, moves per month. Then
// a team leader sees only the own team, and a caseworker gets no dashboard. Saves
// docs/screenshots/dashboard.png for the README.
//
// Usage: start the application with its demo data (`./mvnw spring-boot:run`), then
//   node tools/dashboard-walkthrough.mjs
// Environment: TRAPPEN_URL, TRAPPEN_PASSWORD, CHROMIUM_PATH as in tasklist-driver.mjs.
// Exits non-zero, with the reason, when a check fails.

import { chromium } from 'playwright-core';
import { BASE, PASSWORD, CHROMIUM, CHROMIUM_ARGS, SHOTS, log, expect, newContext } from './tasklist-driver.mjs';

const api = async (user, path) => {
  const response = await fetch(`${BASE}${path}`, {
    headers: { authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64') },
  });
  return { status: response.status, body: response.ok ? await response.json() : null };
};

/** Signs in through a webapp's login form (managers use Cockpit, team leaders Tasklist), then opens `path`. */
async function openAs(browser, user, path, app = 'cockpit') {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', error => errors.push(error.message));
  await page.goto(`${BASE}/camunda/app/${app}/`);
  await page.locator('input[ng-model=username]').fill(user);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.locator('form[name=signinForm] button[type=submit]').click();
  await page.waitForURL(url => !url.hash.includes('login'), { timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(1500);
  const response = await page.goto(`${BASE}${path}`);
  return { context, page, errors, status: response.status() };
}

const chartData = (page, id) => page.evaluate(chart => {
  const c = window.Chart.getChart(chart);
  return { labels: c.data.labels, data: c.data.datasets.map(set => set.data) };
}, id);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let failed = false;
try {
  const { body: expected } = await api('manager', '/api/dashboard');
  expect(expected, 'the API gives the manager no dashboard');

  const manager = await openAs(browser, 'manager', '/dashboard');
  expect(manager.status === 200, `the manager's /dashboard answered ${manager.status}`);
  await manager.page.waitForFunction(() => window.dashboardReady === true, null, { timeout: 15_000 });
  expect(manager.errors.length === 0, `page errors: ${manager.errors.join('; ')}`);

  const steps = await chartData(manager.page, 'chart-steps');
  expect(JSON.stringify(steps.data[0]) === JSON.stringify(expected.childrenPerStep.map(s => s.children)),
    `children per step: chart ${JSON.stringify(steps.data[0])} vs API ${JSON.stringify(expected.childrenPerStep)}`);
  const caseload = await chartData(manager.page, 'chart-caseload');
  expect(JSON.stringify(caseload.data[0]) === JSON.stringify(expected.caseload.map(c => c.openCases)),
    `caseload: chart ${JSON.stringify(caseload.data[0])} vs API`);
  expect(caseload.data[1].every(v => v === expected.caseloadTarget) && caseload.data[2].every(v => v === expected.caseloadMax),
    'the target and maximum lines');
  const moves = await chartData(manager.page, 'chart-moves');
  expect(JSON.stringify(moves.data[0]) === JSON.stringify(expected.movesPerMonth.map(m => m.down))
    && JSON.stringify(moves.data[1]) === JSON.stringify(expected.movesPerMonth.map(m => m.up)), 'moves per month');
  const deadlines = await chartData(manager.page, 'chart-deadlines');
  const shown = expected.deadlines.filter(d => d.overdue + d.coming > 0);
  expect(JSON.stringify(deadlines.data[0]) === JSON.stringify(shown.map(d => d.overdue)), 'overdue deadlines by kind');
  log(`manager: charts match the API (children per step ${JSON.stringify(steps.data[0])}, ${shown.length} kinds of deadline)`);
  const text = await manager.page.locator('body').innerText();
  expect(text.includes('Overblik') && text.includes('Kun tal, ingen navne på børn'), 'the page is not the Danish dashboard');
  await manager.page.screenshot({ path: `${SHOTS}dashboard.png`, fullPage: true });
  log('screenshot dashboard.png');
  const csv = await manager.page.evaluate(async href => (await fetch(href)).text(),
    await manager.page.locator('#csv').getAttribute('href'));
  expect(csv.replace(/^\uFEFF/, '').startsWith('diagram;etiket;serie;værdi'), 'the CSV link');
  await manager.context.close();

  const leader = await openAs(browser, 'lnord', '/dashboard', 'tasklist');
  expect(leader.status === 200, `lnord's /dashboard answered ${leader.status}`);
  await leader.page.waitForFunction(() => window.dashboardReady === true, null, { timeout: 15_000 });
  const teams = await leader.page.evaluate(() => JSON.parse(document.getElementById('dashboard-data').textContent).teams);
  expect(JSON.stringify(teams) === '["nord"]', `a team leader sees ${JSON.stringify(teams)}`);
  log('lnord: sees team nord only');
  await leader.context.close();

  const caseworker = await api('cnord1', '/api/dashboard');
  expect(caseworker.status === 403, `a caseworker got ${caseworker.status}`);
  log('cnord1: no dashboard (403)');
} catch (error) {
  failed = true;
  console.error('dashboard walkthrough failed:', error.message);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
