#!/usr/bin/env node
// Walks the start of the intake process through Camunda Tasklist in a real (headless) Chromium,
// as the intake worker would, and saves screenshots for the docs:
//
//   1. log in to Tasklist as `intake`, "Start forløb" → "Modtagelse af underretning", fill the
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

import {
  openSelect, expect,
  BASE, PASSWORD, SHOTS, ZONE, TEAM_FILTER, log, field, choose, typeDate, newContext, logIn,
  dismissNotifications, completeButton, claimButton, claim, openStartForm, submit, screenshotAt, runWalkthrough,
} from './tasklist-driver.mjs';

const USER = process.env.TRAPPEN_USER || 'intake';
const PROCESS_NAME = 'Modtagelse af underretning';
const ASSESS_TASK = 'Vurdér underretning';

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

/** Step 1: the start form. Returns the new instance's concern number (its business key). */
async function registerConcern(page) {
  const { modal } = await openStartForm(page, PROCESS_NAME);

  const child = fictionalChild();
  const received = receivedEarlier();
  // Esc in a dropdown closes the dropdown, never the dialog with what was typed (issue 20).
  await field(modal, 'Barnets navn').locator('input').fill(child.name);
  await openSelect(field(modal, 'Underretter'));
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  expect(await modal.isVisible(), 'Esc in the dropdown closed the start dialog');
  expect(!(await field(modal, 'Underretter').locator('.fjs-dropdownlist').isVisible()), 'Esc left the dropdown open');
  expect(await field(modal, 'Barnets navn').locator('input').inputValue() === child.name, 'Esc lost the typed name');
  log('start form: Esc in a dropdown closes only the dropdown; the typed name is kept');
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
  await screenshotAt(page, 'tasklist-start-form.png', 1800); // the whole dialog, which scrolls inside
  log('start form filled: tasklist-start-form.png');

  const response = await submit(page, modal.getByRole('button', { name: 'Start', exact: true }));
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
  await page.getByText(TEAM_FILTER).first().click();
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
  throw new Error(`no "${taskName}" for ${concernNumber} under "${TEAM_FILTER}"`);
}

/** Step 2: claim and complete the 24-hour assessment. Returns the concern page's address. */
async function assessConcern(page, concernNumber) {
  const form = await openTask(page, ASSESS_TASK, concernNumber);
  if (await claimButton(page).isVisible()) await claim(page);
  const href = await form.locator('a', { hasText: 'Åbn underretningen' }).getAttribute('href');
  if (!/^\/app\/concerns\/\d+$/.test(href || '')) throw new Error(`unexpected concern link: ${href}`);

  await choose(form, 'Bekymringsniveau efter din vurdering', 'Mistrivsel');
  const secondAssessor = field(form, 'Anden vurderer');
  if (await secondAssessor.isVisible()) await secondAssessor.locator('input').fill('cnord2'); // the child has an open case
  await field(form, 'Vurdering').locator('textarea').fill(
    'Talt med lederen af børnehaven. Karla er ikke i akut fare; bekymringen er reel og vedvarende.');
  await page.screenshot({ path: SHOTS + 'tasklist-assess-concern.png', fullPage: true });
  log(`"${ASSESS_TASK}" filled: tasklist-assess-concern.png`);

  const response = await submit(page, completeButton(page));
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

await runWalkthrough('tasklist-walkthrough', async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await logIn(page, USER, PASSWORD);
  log(`logged in to Tasklist as ${USER}`);
  const concernNumber = await registerConcern(page);
  const href = await assessConcern(page, concernNumber);
  await concernPage(context, href, concernNumber);
});
