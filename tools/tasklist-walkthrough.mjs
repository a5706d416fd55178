#!/usr/bin/env node
// Walks the start of the intake process through Camunda Tasklist in a real (headless) Chromium,
// as the intake worker would, and saves screenshots for the docs:
//
//   1. log in to Tasklist as `intake`, "Start process" → "Modtagelse af underretning", fill the
//      start form `registerConcern` and start it            → docs/screenshots/tasklist-start-form.png
//   2. open that concern's "Vurdér underretning" under "Mit teams opgaver", claim it, fill the
//      form `assessConcern` and complete it                 → docs/screenshots/tasklist-assess-concern.png
//   3. open the form's link "Åbn underretningen …" (/app/concerns/{id})
//                                                           → docs/screenshots/concern-page.png
//
// Usage: start the application (`./mvnw spring-boot:run`, demo profile: user intake/demo), then
//   node tools/tasklist-walkthrough.mjs
// Environment:
//   TRAPPEN_URL      the application's base URL (default http://localhost:8080)
//   TRAPPEN_USER     Tasklist user (default intake), TRAPPEN_PASSWORD (default demo)
//   CHROMIUM_PATH    the browser (default /usr/bin/chromium, Debian's package `chromium`)
// Exits non-zero, with the reason, when a step fails.

import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = (process.env.TRAPPEN_URL || 'http://localhost:8080').replace(/\/+$/, '');
const USER = process.env.TRAPPEN_USER || 'intake';
const PASSWORD = process.env.TRAPPEN_PASSWORD || 'demo';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const ZONE = 'Europe/Copenhagen';
const PROCESS_NAME = 'Modtagelse af underretning';
const ASSESS_TASK = 'Vurdér underretning';

// Without these Chromium waits for network services it cannot reach on a closed network.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const log = (...args) => console.log('•', ...args);

/** A fictional child: a birth date in 2016–2019 (team nord's age band) and a CPR that matches it. */
function fictionalChild() {
  const born = new Date(Date.UTC(2016 + Math.floor(Math.random() * 4), Math.floor(Math.random() * 12),
    1 + Math.floor(Math.random() * 28)));
  const dd = String(born.getUTCDate()).padStart(2, '0');
  const mm = String(born.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = String(born.getUTCFullYear());
  const serial = String(4000 + Math.floor(Math.random() * 5000));
  return { name: 'Karla Gennemgang', cpr: dd + mm + yyyy.slice(2) + serial, birthDate: `${dd}.${mm}.${yyyy}` };
}

/** One hour ago in Copenhagen, rounded down to a quarter: the form's date and time pickers' formats. */
function receivedEarlier() {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() - 60 * 60 * 1000)).map(p => [p.type, p.value]));
  const minute = String(Math.floor(Number(parts.minute) / 15) * 15).padStart(2, '0');
  return { date: `${parts.day}.${parts.month}.${parts.year}`, time: `${parts.hour}:${minute}` };
}

const escapeRegExp = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The form-js field whose label starts with `label`. */
function field(scope, label) {
  return scope.locator('.fjs-form-field')
    .filter({ has: scope.page().locator('label').filter({ hasText: new RegExp('^\\s*' + escapeRegExp(label)) }) })
    .first();
}

async function choose(scope, label, option) {
  const select = field(scope, label);
  await select.locator('.fjs-select-display').click();
  await select.locator('.fjs-dropdownlist-item').filter({ hasText: new RegExp('^\\s*' + escapeRegExp(option)) }).first().click();
}

async function typeDate(input, value) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function login(page) {
  await page.goto(`${BASE}/camunda/app/tasklist/`);
  await page.locator('input[ng-model=username]').fill(USER);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.locator('form[name=signinForm] button[type=submit]').click();
  await page.getByText('Mit teams opgaver').first().waitFor({ timeout: 30_000 });
  log(`logged in to Tasklist as ${USER}`);
}

/** Closes Tasklist's notices (e.g. "The process has been started."), which cover the form's buttons. */
async function dismissNotifications(page) {
  for (const close of await page.locator('.page-notifications .close:visible').all()) await close.click().catch(() => {});
}

/** Step 1: the start form. Returns the new instance's concern number (its business key). */
async function registerConcern(page) {
  await page.getByText('Start process', { exact: false }).first().click();
  const modal = page.locator('.modal-content');
  await modal.getByText(PROCESS_NAME, { exact: true }).click();
  await modal.locator('.fjs-form').waitFor();

  const child = fictionalChild();
  const received = receivedEarlier();
  await choose(modal, 'Underretter', 'Fagperson');
  await field(modal, 'Underretterens arbejdssted').locator('input').fill('Solsikken Børnehave');
  await field(modal, 'Underretterens kontaktoplysninger').locator('input').fill('leder@solsikken.example');
  await field(modal, 'Barnets navn').locator('input').fill(child.name);
  await field(modal, 'Barnets CPR-nummer').locator('input').fill(child.cpr);
  await typeDate(field(modal, 'Fødselsdato').locator('input.flatpickr-input'), child.birthDate);
  await typeDate(modal.locator('input[id$="Field_receivedAt-date"]'), received.date);
  await typeDate(modal.locator('input[id$="Field_receivedAt-time"]'), received.time);
  await field(modal, 'Underretningen').locator('textarea').fill(
    'Karla kommer ofte uden madpakke og virker træt. Hun har fortalt pædagogen, at far råber meget derhjemme.');
  await choose(modal, 'Bekymringsniveau', 'Mistrivsel');
  await modal.locator('.modal-header').click(); // closes any open picker before the screenshot
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport.width, height: 1800 }); // the whole dialog, which scrolls inside
  await page.screenshot({ path: SHOTS + 'tasklist-start-form.png' });
  await page.setViewportSize(viewport);
  log('start form filled: tasklist-start-form.png');

  const [response] = await Promise.all([
    page.waitForResponse(r => r.url().includes('/submit-form') && r.request().method() === 'POST'),
    modal.getByRole('button', { name: 'Start', exact: true }).click(),
  ]);
  if (!response.ok()) {
    throw new Error(`the start form was refused (HTTP ${response.status()}): ${await response.text()}`);
  }
  const instance = await response.json();
  await modal.waitFor({ state: 'hidden' });
  log(`process started: concern ${instance.businessKey} (CPR ${child.cpr}, received ${received.date} ${received.time})`);
  return instance.businessKey;
}

/** Opens the concern's task in "Mit teams opgaver": the list shows no concern numbers, so each
 * task of that name is opened (newest first) until the form's header names the concern. */
async function openTask(page, taskName, concernNumber) {
  await dismissNotifications(page);
  await page.getByText('Mit teams opgaver').first().click();
  const items = page.locator('ol.tasks-list li.task');
  await items.first().waitFor();
  const form = page.locator('[cam-tasklist-task] .fjs-form, .task-details .fjs-form').first();
  for (let i = 0; i < await items.count(); i++) {
    const link = items.nth(i).locator('h4 a');
    if ((await link.innerText()).trim() !== taskName) continue;
    const taskId = (await link.getAttribute('href')).split('task=')[1];
    await link.click();
    await page.waitForURL(url => url.hash.includes(`task=${taskId}`));
    await form.waitFor();
    await page.waitForTimeout(1000); // the form's FEEL text is rendered after the task's variables arrive
    if ((await form.innerText()).includes(concernNumber)) return form;
  }
  throw new Error(`no "${taskName}" for ${concernNumber} under "Mit teams opgaver"`);
}

/** Step 2: claim and complete the 24-hour assessment. Returns the concern page's address. */
async function assessConcern(page, concernNumber) {
  const form = await openTask(page, ASSESS_TASK, concernNumber);
  const claim = page.getByRole('button', { name: /Claim/ }).or(page.getByRole('link', { name: /Claim/ }));
  if (await claim.first().isVisible()) {
    await claim.first().click();
    await page.waitForFunction(() => !document.querySelector('[cam-tasklist-task] .disabled-form'));
  }
  const href = await form.locator('a', { hasText: 'Åbn underretningen' }).getAttribute('href');
  if (!/^\/app\/concerns\/\d+$/.test(href || '')) throw new Error(`unexpected concern link: ${href}`);

  await choose(form, 'Bekymringsniveau efter din vurdering', 'Mistrivsel');
  const secondAssessor = field(form, 'Anden vurderer');
  if (await secondAssessor.isVisible()) await secondAssessor.locator('input').fill('cnord2'); // the child has an open case
  await field(form, 'Vurdering').locator('textarea').fill(
    'Talt med lederen af børnehaven. Karla er ikke i akut fare; bekymringen er reel og vedvarende.');
  await page.screenshot({ path: SHOTS + 'tasklist-assess-concern.png', fullPage: true });
  log(`"${ASSESS_TASK}" filled: tasklist-assess-concern.png`);

  const [response] = await Promise.all([
    page.waitForResponse(r => r.url().includes('/submit-form') && r.request().method() === 'POST'),
    page.locator('[cam-tasklist-task] button', { hasText: 'Complete' }).click(),
  ]);
  if (!response.ok()) throw new Error(`"${ASSESS_TASK}" was refused (HTTP ${response.status()}): ${await response.text()}`);
  log(`"${ASSESS_TASK}" completed`);
  return href;
}

/** Step 3: the concern page, opened in a new tab of the same session as a caseworker would. */
async function concernPage(context, href, concernNumber) {
  const page = await context.newPage();
  const response = await page.goto(BASE + href);
  if (!response.ok()) throw new Error(`${href} answered HTTP ${response.status()}: ${await response.text()}`);
  await page.getByRole('heading', { name: `Underretning ${concernNumber}` }).waitFor();
  await page.screenshot({ path: SHOTS + 'concern-page.png', fullPage: true });
  log(`concern page ${href}: concern-page.png`);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let failed = false;
try {
  await mkdir(SHOTS, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'da-DK', timezoneId: ZONE });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await login(page);
  const concernNumber = await registerConcern(page);
  const href = await assessConcern(page, concernNumber);
  await concernPage(context, href, concernNumber);
  log(`done: screenshots in ${SHOTS}`);
} catch (error) {
  failed = true;
  console.error('walkthrough failed:', error.message);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
