#!/usr/bin/env node
// Walks every Camunda Form of the child's case (process `childCase`, "Barnets sag") through Camunda
// Tasklist in a real (headless) Chromium, as the caseworkers and the team leader of the demo would,
// checks that each form renders (Danish labels, conditional and required fields, the offers of the
// select "Tilbud") and is accepted, and saves screenshots for the docs in docs/screenshots/:
//
//   1. csyd1, William Holm's "Gennemfør børnefaglig undersøgelse" (form investigate): ICS fields,
//      date of the conversation with the child, Børnelinealen, step 2, conclusion
//                                                        → childcase-investigate.png
//   2. csyd1, the next task "Udarbejd barnets plan" (form writePlan): goal 1 for the child and
//      for the parents with target dates                  → childcase-plan.png
//   3. csyd1, the next task "Vælg indsats" (form chooseMeasure): the select "Tilbud" must offer
//      the offers that fit William's age (from the task variable offerOptions, the form's
//      valuesKey), e.g. "Trin 2 · FFT (11–17 år, 16 uger)"; one is chosen → childcase-choose-measure.png
//      The grant is the caseworker's (step 2), so "Følg sagen" follows.
//   4. lnord, Clara Bech's "Godkend indsats" (form approveMeasure): sent back with a reason
//                                                        → childcase-approve.png
//      cnord2 corrects it in "Ret indsats" (form chooseMeasure); lnord approves the new proposal.
//   5. cnord1, Emil Nørby's "Følg sagen" (form followCase): "Revidér barnets plan"
//                                                        → childcase-follow-case.png
//      then "Revidér barnets plan" (form writePlan) is completed and "Følg sagen" is back.
//   6. cnord1, Emil's "Afslut eller forlæng indsats" (form endMeasure): first a new end date that
//      is not after the current one, which the server must refuse (Tasklist shows its message),
//      then 8 weeks more                                 → childcase-end-measure.png
//   7. the form header's link "Åbn barnets sag …" (/app/cases/{id}) of Emil's next "Afslut eller
//      forlæng indsats", and the page's link back to the task → case-page.png
//   8. cnord1, "Start process" → "Barnets sag": the start form openChildCase, filled (a short CPR
//      number must show an error first) but not submitted → childcase-start-form.png
//
// Each completed task must leave Tasklist's list and the engine, and the next task of the case must
// appear. Console errors of the page (other than three harmless 404s, see KNOWN_NOISE) fail the
// walkthrough. A task that comes round again (the second "Godkend indsats", "Følg sagen", "Afslut
// eller forlæng indsats") should open with its choice empty: if the previous round's choice is
// already selected, that is reported as a problem at the end (exit code 1) without stopping.
//
// It needs the demo data as `./mvnw spring-boot:run` creates it on an empty database (the demo
// profile; users cnord1, cnord2, lnord, csyd1 with password demo): the steps change the cases, so
// a second run needs a fresh demo (stop the app, delete ./data, start it again).
//
// Usage: start the application (`./mvnw spring-boot:run`), then
//   node tools/childcase-walkthrough.mjs
// Environment:
//   TRAPPEN_URL      the application's base URL (default http://localhost:8080)
//   TRAPPEN_PASSWORD the demo users' password (default demo)
//   CHROMIUM_PATH    the browser (default /usr/bin/chromium, Debian's package `chromium`)
// Exits non-zero, with the reason, when a step fails or a problem (above) was found.

import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = (process.env.TRAPPEN_URL || 'http://localhost:8080').replace(/\/+$/, '');
const PASSWORD = process.env.TRAPPEN_PASSWORD || 'demo';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const ZONE = 'Europe/Copenhagen';
const ENGINE = `${BASE}/camunda/api/engine/engine/default`;
const TEAM_FILTER = 'Mit teams opgaver';
const PROCESS_NAME = 'Barnets sag';
/** The offer the brief of the select names: William (13) must be offered it on step 2. */
const FFT = 'Trin 2 · FFT (11–17 år, 16 uger)';

// Without these Chromium waits for network services it cannot reach on a closed network.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Tasklist itself asks for the first two on every login and gets 404 in this application, and the
// browser asks the case page for a /favicon.ico it does not have; none of them is the forms'.
const KNOWN_NOISE = [/\/camunda\/api\/admin\/auth\/user\/default/, /\/camunda-welcome/, /\/favicon\.ico$/];

const log = (...args) => console.log('•', ...args);
/** Problems that do not stop the walkthrough; reported at the end (and the exit code is 1). */
const findings = [];
const warn = message => {
  findings.push(message);
  console.log('⚠', message);
};

/** A date `days` from today in Copenhagen, as the forms' date pickers take it (dd.mm.yyyy). */
function dateIn(days, from = new Date()) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date(from.getTime() + days * 86_400_000)).map(p => [p.type, p.value]));
  return `${parts.day}.${parts.month}.${parts.year}`;
}

const escapeRegExp = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The form-js field whose (first) label starts with `label`. */
function field(scope, label) {
  return scope.locator('.fjs-form-field')
    .filter({ has: scope.page().locator('label.fjs-form-field-label, label').filter({ hasText: new RegExp('^\\s*' + escapeRegExp(label)) }) })
    .first();
}

/** The form-js field whose label is exactly `label` (and a required marker). */
function exactField(scope, label) {
  return scope.locator('.fjs-form-field')
    .filter({ has: scope.page().locator('label').filter({ hasText: new RegExp('^\\s*' + escapeRegExp(label) + '\\s*\\*?\\s*$') }) });
}

async function openSelect(scope, label) {
  const select = field(scope, label);
  await select.locator('.fjs-select-display').click();
  await select.locator('.fjs-dropdownlist').waitFor();
  return select;
}

async function choose(scope, label, option) {
  const select = await openSelect(scope, label);
  await select.locator('.fjs-dropdownlist-item').filter({ hasText: new RegExp('^\\s*' + escapeRegExp(option)) }).first().click();
}

async function check(scope, label, option) {
  await field(scope, label).getByLabel(option, { exact: true }).check();
}

/** A task that opens with a choice already made shows the previous round's process variable. */
async function expectNoChoiceYet(scope, label, name) {
  const chosen = field(scope, label).locator('input[type=radio]:checked');
  if (await chosen.count() === 0) return true;
  const option = (await chosen.locator('xpath=..').innerText()).trim();
  warn(`"${name}" opens with "${label}" = "${option}" already chosen (the value of the previous round is still a process variable)`);
  return false;
}

async function typeDate(input, value) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function fillText(scope, label, text) {
  const input = field(scope, label).locator('textarea, input').first();
  await input.fill(text);
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Polls `probe` for up to 3 s (form-js applies typed text after a short debounce). */
async function eventually(probe, message) {
  for (let i = 0; i < 15; i++) {
    if (await probe()) return;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error(message);
}

async function expectShown(scope, label, shown, why) {
  await eventually(async () => await field(scope, label).isVisible() === shown,
    `field "${label}" is ${shown ? 'hidden' : 'shown'} ${why}`);
}

async function expectCount(locator, count, message) {
  await eventually(async () => await locator.count() === count, message);
}

/** Every label of the form's fields must be there (the forms are in Danish). */
async function expectLabels(form, labels) {
  const text = await form.innerText();
  for (const label of labels) expect(text.includes(label), `the form has no label "${label}"`);
}

/** A signed-in Tasklist session of one demo user, with the page's console errors collected. */
async function signIn(browser, user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'da-DK', timezoneId: ZONE });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const problems = [];
  page.on('console', message => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url || '';
    if (KNOWN_NOISE.some(noise => noise.test(where) || noise.test(message.text()))) return;
    problems.push(`console error: ${message.text()} (${where})`);
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  await page.goto(`${BASE}/camunda/app/tasklist/`);
  await page.locator('input[ng-model=username]').fill(user);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.locator('form[name=signinForm] button[type=submit]').click();
  await page.getByText(TEAM_FILTER).first().waitFor({ timeout: 30_000 });
  log(`${user}: signed in to Tasklist`);
  return {
    user, context, page, problems,
    /** Fails the step on a console error since the last call. */
    expectNoConsoleErrors(step) {
      const found = problems.splice(0);
      if (found.length) throw new Error(`${step}: ${found.join('; ')}`);
    },
    async close() {
      this.expectNoConsoleErrors(`${user}'s session`);
      await context.close();
    },
  };
}

/** GET on the engine's REST API of Tasklist, as the signed-in user (what Tasklist itself reads). */
async function engine(session, path) {
  const response = await session.context.request.get(ENGINE + path);
  expect(response.ok(), `GET ${path} answered HTTP ${response.status()}`);
  return response.json();
}

/** The open tasks called `name` of the case with this business key (the case number). */
async function tasksOf(session, caseNumber, name) {
  return engine(session, `/task?processDefinitionKey=childCase&processInstanceBusinessKey=${encodeURIComponent(caseNumber)}`
    + `&name=${encodeURIComponent(name)}`);
}

/** The case number of `child`'s case, found from an open task `taskName` the user can see:
 * the engine holds no names, so each candidate's case page (/app/cases/{caseId}) is read. */
async function caseOfChild(session, taskName, child) {
  const tasks = await engine(session, `/task?processDefinitionKey=childCase&name=${encodeURIComponent(taskName)}`);
  for (const task of tasks) {
    const caseId = (await engine(session, `/task/${task.id}/variables/caseId`)).value;
    const page = await session.context.request.get(`${BASE}/app/cases/${caseId}`);
    if (page.ok() && (await page.text()).includes(child)) {
      return (await engine(session, `/task/${task.id}/variables/caseNumber`)).value;
    }
  }
  throw new Error(`${session.user} sees no "${taskName}" of ${child}'s case`);
}

/** Closes Tasklist's notices (e.g. "The process has been started."), which cover the form's buttons. */
async function dismissNotifications(page) {
  for (const close of await page.locator('.page-notifications .close:visible').all()) await close.click().catch(() => {});
}

/** Waits (the grant of a measure runs as a job) for the case's open task `name`, other than `notId`. */
async function awaitTask(session, caseNumber, name, notId) {
  for (let i = 0; i < 60; i++) {
    const task = (await tasksOf(session, caseNumber, name)).find(t => t.id !== notId);
    if (task) return task;
    await session.page.waitForTimeout(1000);
  }
  throw new Error(`no task "${name}" appeared for ${caseNumber}`);
}

/** The list item of the task in "Mit teams opgaver" (refreshed until it is there). */
function listItem(page, taskId) {
  return page.locator('ol.tasks-list li.task').filter({ has: page.locator(`h4 a[href*="task=${taskId}"]`) });
}

async function refreshList(page) {
  await dismissNotifications(page);
  await page.getByText(TEAM_FILTER).first().click();
  await page.locator('ol.tasks-list li.task, .tasks-list + *').first().waitFor().catch(() => {});
  await page.waitForTimeout(500);
}

/** Opens the case's task `name` from "Mit teams opgaver", claims it when nobody has, and returns
 * the form (after its FEEL text, which needs the task's variables, has been rendered). */
async function openTask(session, caseNumber, name, notId) {
  const { page } = session;
  const task = await awaitTask(session, caseNumber, name, notId);
  await refreshList(page);
  const item = listItem(page, task.id);
  expect(await item.count() === 1, `"${name}" (${caseNumber}) is not in ${session.user}'s list "${TEAM_FILTER}"`);
  expect((await item.innerText()).includes(caseNumber), `the list shows no case number for "${name}"`);
  await item.locator('h4 a').click();
  await page.waitForURL(url => url.hash.includes(`task=${task.id}`));
  const form = page.locator('[cam-tasklist-task] .fjs-form').first();
  await form.waitFor();
  if (!task.assignee) {
    const claim = page.locator('[cam-tasklist-task]').getByRole('button', { name: /Claim/ })
      .or(page.locator('[cam-tasklist-task]').getByRole('link', { name: /Claim/ }));
    await claim.first().click();
    await page.waitForFunction(() => !document.querySelector('[cam-tasklist-task] .disabled-form'));
    log(`${session.user}: claimed "${name}"`);
  }
  await page.waitForFunction(number => document.querySelector('[cam-tasklist-task] .fjs-form')?.innerText.includes(number),
    caseNumber, { timeout: 10_000 }).catch(() => {
    throw new Error(`the form of "${name}" does not show the case number ${caseNumber} (FEEL text in the header)`);
  });
  const href = await form.locator('a', { hasText: 'Åbn barnets sag' }).getAttribute('href');
  expect(/^\/app\/cases\/\d+$/.test(href || ''), `unexpected case link in "${name}": ${href}`);
  log(`${session.user}: opened "${name}" of ${caseNumber}`);
  return { form, task, href };
}

/** Clicking Complete with the required fields empty must show errors and send nothing. */
async function expectRequiredRefused(session, form, name) {
  const { page } = session;
  let sent = false;
  const onRequest = request => { if (request.url().includes('/submit-form')) sent = true; };
  page.on('request', onRequest);
  await page.locator('[cam-tasklist-task] button', { hasText: 'Complete' }).click();
  await page.waitForTimeout(1000);
  page.off('request', onRequest);
  expect(!sent, `"${name}" was submitted with its required fields empty`);
  const errors = await form.locator('.fjs-form-field-error').allInnerTexts();
  expect(errors.length > 0, `"${name}" shows no error for its empty required fields`);
  const notice = (await page.locator('.page-notifications').innerText().catch(() => '')).replace(/[×\s]+/g, ' ').trim();
  log(`"${name}" empty: not submitted, ${errors.length} field errors ("${errors[0].trim()}")${notice ? `, Tasklist says "${notice}"` : ''}`);
  await dismissNotifications(page);
}

/** Takes the screenshot with the viewport as tall as the form (Tasklist scrolls it inside the panel). */
async function screenshot(page, form, file) {
  await dismissNotifications(page);
  const viewport = page.viewportSize();
  const height = await form.evaluate(el => {
    let scroller = el.parentElement;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement;
    const overflow = scroller ? scroller.scrollHeight - scroller.clientHeight : 0;
    return window.innerHeight + overflow;
  });
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height + 40, viewport.height), 3000) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: SHOTS + file });
  await page.setViewportSize(viewport);
  log(`screenshot ${file}`);
}

/** Completing must be refused by the server (a task listener's check) with a message matching
 * `pattern`, shown by Tasklist; the task stays open with the form as filled. */
async function expectRefused(session, { task, form }, name, pattern) {
  const { page } = session;
  await dismissNotifications(page);
  const [response] = await Promise.all([
    page.waitForResponse(r => r.url().includes(`/task/${task.id}/submit-form`) && r.request().method() === 'POST'),
    page.locator('[cam-tasklist-task] button', { hasText: 'Complete' }).click(),
  ]);
  expect(!response.ok(), `"${name}" was accepted, expected a refusal matching ${pattern}`);
  const notice = page.locator('.page-notifications');
  await notice.getByText(pattern).first().waitFor({ timeout: 10_000 }).catch(() => {});
  const text = (await notice.innerText().catch(() => '')).replace(/[×\s]+/g, ' ').trim();
  expect(pattern.test(text), `Tasklist shows "${text}" for the refusal of "${name}" (HTTP ${response.status()})`);
  log(`"${name}" refused as expected (HTTP ${response.status()}); Tasklist says: "${text}"`);
  await dismissNotifications(page);
  const others = session.problems.filter(problem => !problem.includes(`/task/${task.id}/submit-form`)); // the refusal's own
  session.problems.splice(0, session.problems.length, ...others);
  expect(await form.isVisible(), `the form of "${name}" is gone after the refusal`);
}

/** Completes the open task; a refusal of the server is read from Tasklist's notice. The task must
 * then leave the list. Returns the submitted variables. */
async function complete(session, { task }, name) {
  const { page } = session;
  await dismissNotifications(page);
  const [response] = await Promise.all([
    page.waitForResponse(r => r.url().includes(`/task/${task.id}/submit-form`) && r.request().method() === 'POST'),
    page.locator('[cam-tasklist-task] button', { hasText: 'Complete' }).click(),
  ]);
  const submitted = response.request().postDataJSON()?.variables || {};
  if (!response.ok()) {
    await page.waitForTimeout(1000);
    const notice = (await page.locator('.page-notifications').innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
    throw new Error(`"${name}" was refused (HTTP ${response.status()}): ${notice || await response.text()}`);
  }
  for (let i = 0; i < 20; i++) {
    await refreshList(page);
    if (await listItem(page, task.id).count() === 0) break;
    expect(i < 19, `"${name}" is still in the list after it was completed`);
  }
  const gone = await session.context.request.get(`${ENGINE}/task/${task.id}`);
  expect(gone.status() === 404, `"${name}" is still open in the engine (GET /task/${task.id}: HTTP ${gone.status()})`);
  log(`${session.user}: "${name}" completed (${Object.entries(submitted).map(([k, v]) => `${k}=${JSON.stringify(v.value)?.slice(0, 24)}`).join(', ')})`);
  return submitted;
}

// ---------------------------------------------------------------- the steps

async function investigate(session, caseNumber) {
  const name = 'Gennemfør børnefaglig undersøgelse';
  const opened = await openTask(session, caseNumber, name);
  const { form } = opened;
  await expectLabels(form, ['Barnets udvikling', 'Sundhed', 'Forældrekompetence', 'Familie og netværk',
    'Dato for samtalen med barnet', 'Kategori på Børnelinealen', 'Anbefalet trin på indsatstrappen',
    'Samlet vurdering og konklusion']);
  await expectRequiredRefused(session, form, name);

  await fillText(form, 'Sundhed', 'Generelt rask. Sover dårligt i perioder.');
  await fillText(form, 'Udvikling og adfærd', 'Trækker sig fra klassekammerater, vred og indadvendt.');
  await fillText(form, 'Dagtilbud, skole og læring', 'Højt fravær i 7. klasse; læreren er bekymret for det faglige.');
  await fillText(form, 'Grundlæggende omsorg og sikkerhed', 'Mor sørger for mad og tøj; konflikter i hjemmet om aftenen.');
  await fillText(form, 'Familiens historie', 'Forældrene er skilt; far har ikke haft kontakt i et år.');
  await fillText(form, 'Socialt netværk', 'Mormor bor tæt på og vil gerne hjælpe.');
  await expectShown(form, 'Hvorfor er der ikke holdt en samtale med barnet?', true, 'before the date of the conversation');
  await typeDate(field(form, 'Dato for samtalen med barnet').locator('input.flatpickr-input'), dateIn(-3));
  await expectShown(form, 'Hvorfor er der ikke holdt en samtale med barnet?', false, 'after the date of the conversation');
  await choose(form, 'Kategori på Børnelinealen', '3 – bekymring');
  await choose(form, 'Anbefalet trin på indsatstrappen', '2 – Forebyggende indsatser');
  await fillText(form, 'Samlet vurdering og konklusion',
    'William mistrives i skolen og hjemme. Familien har brug for en forebyggende familiebehandling.');
  await form.locator('.fjs-form-field').first().click({ position: { x: 1, y: 1 } }); // closes any picker
  expect(await form.locator('.fjs-form-field-error').count() === 0, `"${name}" still shows field errors after filling`);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'childcase-investigate.png');
  const submitted = await complete(session, opened, name);
  expect(/^\d{4}-\d{2}-\d{2}$/.test(submitted.pii_childHeardOn?.value), `the date was sent as ${JSON.stringify(submitted.pii_childHeardOn)}`);
  expect(String(submitted.recommendedStep?.value) === '2', `the step was sent as ${JSON.stringify(submitted.recommendedStep)}`);
}

async function writePlan(session, caseNumber, name, file, who) {
  const opened = await openTask(session, caseNumber, name);
  const { form } = opened;
  await expectLabels(form, ['Barnets plan', 'Mål for barnet', 'Mål 1 for barnet', 'Måldato', 'Sådan ser vi, at det går fremad',
    'Mål for forældrene', 'Mål 1 for forældrene', 'Hvorfor laves eller revideres planen?']);
  await expectCount(exactField(form, 'Måldato'), 2, 'the target dates of goal 2 are shown before goal 2 is written');
  await fillText(form, 'Mål 1 for barnet', `${who} kommer i skole hver dag og har en ven i klassen.`);
  await typeDate(exactField(form, 'Måldato').nth(0).locator('input.flatpickr-input'), dateIn(180));
  await exactField(form, 'Sådan ser vi, at det går fremad').nth(0).locator('textarea').fill('Fraværet er under 5 % i en måned.');
  await fillText(form, 'Mål 2 for barnet (valgfrit)', `${who} går til en fritidsaktivitet.`);
  await expectCount(exactField(form, 'Måldato'), 3, 'the target date of goal 2 for the child is not shown after goal 2 is written');
  await fillText(form, 'Mål 2 for barnet (valgfrit)', '');
  await expectCount(exactField(form, 'Måldato'), 2, 'the target date of goal 2 for the child stays after goal 2 is emptied');
  await fillText(form, 'Mål 1 for forældrene', 'Forældrene aftaler faste rammer for hverdagen og holder dem.');
  await typeDate(exactField(form, 'Måldato').nth(1).locator('input.flatpickr-input'), dateIn(120));
  await exactField(form, 'Sådan ser vi, at det går fremad').nth(1).locator('textarea').fill('Færre konflikter om aftenen, som familiebehandleren observerer.');
  await fillText(form, 'Hvorfor laves eller revideres planen?', 'Planen følger den børnefaglige undersøgelse.');
  await form.locator('.fjs-form-field').first().click({ position: { x: 1, y: 1 } });
  expect(await form.locator('.fjs-form-field-error').count() === 0, `"${name}" shows field errors after filling`);
  session.expectNoConsoleErrors(name);
  if (file) await screenshot(session.page, form, file);
  const submitted = await complete(session, opened, name);
  for (const key of ['pii_childGoal1TargetDate', 'pii_parentGoal1TargetDate']) {
    expect(/^\d{4}-\d{2}-\d{2}$/.test(submitted[key]?.value), `${key} was sent as ${JSON.stringify(submitted[key])}`);
  }
}

/** "Vælg indsats" or "Ret indsats": the offers come from the task variable offerOptions. */
async function chooseMeasure(session, caseNumber, name, { expectedOffer, offer, weeks, purpose, file }) {
  const opened = await openTask(session, caseNumber, name);
  const { form, task } = opened;
  await expectLabels(form, ['Vælg indsats', 'Tilbud', 'Startdato', 'Forventet varighed (uger)', 'Formål med indsatsen',
    'Begrundelse for valg af trin']);
  const variable = await engine(session, `/task/${task.id}/localVariables/offerOptions?deserializeValue=false`);
  const options = JSON.parse(variable.value);
  expect(Array.isArray(options) && options.length > 0, `the task variable offerOptions is ${variable.value}`);

  const select = await openSelect(form, 'Tilbud');
  const shown = (await select.locator('.fjs-dropdownlist-item').allInnerTexts()).map(t => t.trim());
  log(`"Tilbud" offers ${shown.length} of ${options.length} (${variable.type}): ${shown.join(' | ')}`);
  expect(shown.length === options.length, `the select shows ${shown.length} offers, offerOptions has ${options.length}`);
  if (expectedOffer) expect(shown.includes(expectedOffer), `the select does not offer "${expectedOffer}"`);
  await select.locator('.fjs-dropdownlist-item').filter({ hasText: offer }).first().hover();
  if (file) await screenshot(session.page, form, file); // with the list open
  await select.locator('.fjs-dropdownlist-item').filter({ hasText: offer }).first().click();
  const chosen = (await select.locator('.fjs-select-display').innerText()).trim();
  expect(chosen.includes(offer.source ?? offer), `the select shows "${chosen}" after choosing ${offer}`);

  await typeDate(field(form, 'Startdato').locator('input.flatpickr-input'), dateIn(7));
  await field(form, 'Forventet varighed (uger)').locator('input').fill(String(weeks));
  await fillText(form, 'Formål med indsatsen', purpose);
  await fillText(form, 'Begrundelse for valg af trin', 'Den mindst indgribende indsats, der dækker behovet.');
  await form.locator('.fjs-form-field').first().click({ position: { x: 1, y: 1 } });
  expect(await form.locator('.fjs-form-field-error').count() === 0, `"${name}" shows field errors after filling`);
  session.expectNoConsoleErrors(name);
  const submitted = await complete(session, opened, name);
  const offerId = String(submitted.offerId?.value);
  expect(options.some(o => o.value === offerId && o.label === chosen), `offerId was sent as ${JSON.stringify(submitted.offerId)}`);
  expect(/^\d{4}-\d{2}-\d{2}$/.test(submitted.pii_measureStartDate?.value), `the start date was sent as ${JSON.stringify(submitted.pii_measureStartDate)}`);
  log(`chosen "${chosen}" (offer ${offerId})`);
}

async function approveMeasure(session, caseNumber, decision, reason, file) {
  const name = 'Godkend indsats';
  const opened = await openTask(session, caseNumber, name);
  const { form } = opened;
  await expectLabels(form, ['Godkend indsats', 'Beslutning', 'Godkend', 'Afvis (rådgiveren vælger en anden indsats)',
    'Send tilbage til rettelse']);
  if (await expectNoChoiceYet(form, 'Beslutning', name)) {
    await expectShown(form, 'Begrundelse', false, 'before a decision');
    if (reason) await expectRequiredRefused(session, form, name);
  }
  await check(form, 'Beslutning', 'Afvis (rådgiveren vælger en anden indsats)');
  await expectShown(form, 'Begrundelse', true, 'after "Afvis"');
  await check(form, 'Beslutning', 'Godkend');
  await expectShown(form, 'Begrundelse', false, 'after "Godkend"');
  await check(form, 'Beslutning', decision);
  if (reason) {
    await expectShown(form, 'Begrundelse', true, `after "${decision}"`);
    await fillText(form, 'Begrundelse', reason);
  }
  expect(await form.locator('.fjs-form-field-error').count() === 0, `"${name}" shows field errors after filling`);
  session.expectNoConsoleErrors(name);
  if (file) await screenshot(session.page, form, file);
  await complete(session, opened, name);
}

async function followCase(session, caseNumber) {
  const name = 'Følg sagen';
  const opened = await openTask(session, caseNumber, name);
  const { form } = opened;
  await expectLabels(form, ['Følg sagen', 'Næste skridt', 'Vælg en ny indsats', 'Revidér barnets plan', 'Afslut sagen',
    'Notat fra gennemgangen (valgfrit)']);
  if (await expectNoChoiceYet(form, 'Næste skridt', name)) {
    await expectShown(form, 'Begrundelse for at afslutte sagen', false, 'before a choice');
  }
  await check(form, 'Næste skridt', 'Afslut sagen');
  await expectShown(form, 'Begrundelse for at afslutte sagen', true, 'after "Afslut sagen"');
  await check(form, 'Næste skridt', 'Revidér barnets plan');
  await expectShown(form, 'Begrundelse for at afslutte sagen', false, 'after "Revidér barnets plan"');
  await fillText(form, 'Notat fra gennemgangen (valgfrit)', 'Emil har det bedre i børnehaven; målene skal skærpes.');
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'childcase-follow-case.png');
  await complete(session, opened, name);
  return opened;
}

async function endMeasure(session, caseNumber) {
  const name = 'Afslut eller forlæng indsats';
  const opened = await openTask(session, caseNumber, name);
  const { form, task } = opened;
  await expectLabels(form, ['Indsats nr. ', 'Hvad sker der med indsatsen?', 'Afslut indsatsen', 'Forlæng indsatsen']);
  if (await expectNoChoiceYet(form, 'Hvad sker der med indsatsen?', name)) {
    for (const label of ['Slutdato', 'Begrundelse for at afslutte', 'Ny forventet slutdato', 'Begrundelse for forlængelse']) {
      await expectShown(form, label, false, 'before a choice');
    }
  }
  await check(form, 'Hvad sker der med indsatsen?', 'Afslut indsatsen');
  await expectShown(form, 'Slutdato', true, 'after "Afslut indsatsen"');
  await expectShown(form, 'Ny forventet slutdato', false, 'after "Afslut indsatsen"');
  await check(form, 'Hvad sker der med indsatsen?', 'Forlæng indsatsen');
  await expectShown(form, 'Slutdato', false, 'after "Forlæng indsatsen"');
  await expectShown(form, 'Begrundelse for at afslutte', false, 'after "Forlæng indsatsen"');
  await expectShown(form, 'Begrundelse for forlængelse', true, 'after "Forlæng indsatsen"');
  await fillText(form, 'Begrundelse for forlængelse', 'Forældrene er godt i gang; 8 uger mere giver et stabilt resultat.');
  // The task is due at the end of the measure's expected end date (midnight after it, in
  // Copenhagen): a new date must come after that date.
  const expectedEnd = new Date(new Date(task.due).getTime() - 1);
  const dateInput = field(form, 'Ny forventet slutdato').locator('input.flatpickr-input');
  await typeDate(dateInput, dateIn(0, expectedEnd));
  await form.locator('.fjs-form-field').first().click({ position: { x: 1, y: 1 } });
  await expectRefused(session, opened, name, /Ny forventet slutdato/);
  await typeDate(dateInput, dateIn(56, expectedEnd));
  await form.locator('.fjs-form-field').first().click({ position: { x: 1, y: 1 } });
  expect(await form.locator('.fjs-form-field-error').count() === 0, `"${name}" shows field errors after filling`);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'childcase-end-measure.png');
  const submitted = await complete(session, opened, name);
  expect(/^\d{4}-\d{2}-\d{2}$/.test(submitted.pii_newExpectedEndDate?.value), `the new date was sent as ${JSON.stringify(submitted.pii_newExpectedEndDate)}`);
  const next = await awaitTask(session, caseNumber, name, task.id);
  log(`extended: a new "${name}" is due ${next.due}`);
  return opened;
}

/** Opens the case's next task `name` only to see whether its choice `label` starts empty. */
async function peekChoice(session, caseNumber, name, label, notId) {
  const opened = await openTask(session, caseNumber, name, notId);
  if (await expectNoChoiceYet(opened.form, label, name)) log(`the next "${name}" starts with "${label}" empty`);
  return opened;
}

/** The start form, opened and photographed, not submitted. */
async function startForm(session) {
  const { page } = session;
  await dismissNotifications(page);
  await page.getByText('Start process', { exact: false }).first().click();
  const modal = page.locator('.modal-content');
  await modal.getByText(PROCESS_NAME, { exact: true }).click();
  const form = modal.locator('.fjs-form');
  await form.waitFor();
  await page.waitForTimeout(500);
  await expectLabels(form, ['Opret sag for et kendt barn', 'Barnets CPR-nummer', 'Hvorfor oprettes sagen?',
    'Start med en børnefaglig undersøgelse (§ 20)']);
  expect(await field(form, 'Start med en børnefaglig undersøgelse').locator('input[type=checkbox]').isChecked(),
    'the checkbox "Start med en børnefaglig undersøgelse" is not ticked by default');
  await field(form, 'Barnets CPR-nummer').locator('input').fill('12345');
  await field(form, 'Hvorfor oprettes sagen?').locator('textarea').click();
  const cprError = (await field(form, 'Barnets CPR-nummer').locator('.fjs-form-field-error').allInnerTexts()).join(' ').trim();
  expect(cprError.length > 0, 'a CPR number of 5 digits shows no error');
  log(`start form: a CPR number of 5 digits shows "${cprError}"`);
  await field(form, 'Barnets CPR-nummer').locator('input').fill('1106174095');
  await field(form, 'Hvorfor oprettes sagen?').locator('textarea').fill(
    'Ny henvendelse fra skolen om Emils lillebror; familien ønsker selv hjælp.');
  await modal.locator('.modal-header').click();
  session.expectNoConsoleErrors('start form');
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport.width, height: 1100 });
  await page.screenshot({ path: SHOTS + 'childcase-start-form.png' });
  await page.setViewportSize(viewport);
  log('screenshot childcase-start-form.png (not submitted)');
  await modal.getByRole('button', { name: /Close|Cancel|Luk|Annuller/ }).first().click().catch(() => page.keyboard.press('Escape'));
  await modal.waitFor({ state: 'hidden' }).catch(() => {});
}

/** The case page, from the link in the header of the open task's form (same tab), and back. */
async function casePage(session, { form, href, task }, caseNumber, child) {
  const { page } = session;
  await form.locator('a', { hasText: 'Åbn barnets sag' }).click();
  await page.waitForURL(url => url.pathname === href);
  await page.getByRole('heading', { name: `Sag ${caseNumber}` }).first().waitFor();
  expect((await page.locator('body').innerText()).includes(child), `${href} does not name ${child}`);
  await page.screenshot({ path: SHOTS + 'case-page.png', fullPage: true });
  log(`case page ${href}: case-page.png`);
  await page.getByRole('link', { name: /Tilbage til opgaven/ }).click();
  await page.waitForURL(url => url.hash.includes(`task=${task.id}`));
  await page.locator('[cam-tasklist-task] .fjs-form').first().waitFor();
  log('"← Tilbage til opgaven" returns to the task in Tasklist');
}

// ---------------------------------------------------------------- the walkthrough

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let failed = false;
const sessions = [];
const as = async user => {
  const session = await signIn(browser, user);
  sessions.push(session);
  return session;
};
try {
  await mkdir(SHOTS, { recursive: true });

  // 1–3: William Holm (13), csyd1: investigation, plan, measure on step 2 (granted by the caseworker).
  const csyd1 = await as('csyd1');
  const william = await caseOfChild(csyd1, 'Gennemfør børnefaglig undersøgelse', 'William Holm');
  await investigate(csyd1, william);
  await writePlan(csyd1, william, 'Udarbejd barnets plan', 'childcase-plan.png', 'William');
  await chooseMeasure(csyd1, william, 'Vælg indsats',
    { expectedOffer: FFT, offer: FFT, weeks: 16, purpose: 'Familien lærer at løse konflikter uden vold og råb.', file: 'childcase-choose-measure.png' });
  await awaitTask(csyd1, william, 'Følg sagen');
  log(`${william}: measure granted by the caseworker, "Følg sagen" is open`);
  await csyd1.close();

  // 4: Clara Bech, step 3: lnord sends it back, cnord2 corrects it, lnord approves.
  const lnord = await as('lnord');
  const clara = await caseOfChild(lnord, 'Godkend indsats', 'Clara Bech');
  await approveMeasure(lnord, clara, 'Send tilbage til rettelse', 'Formålet skal beskrive, hvad Clara selv skal opnå.', 'childcase-approve.png');
  const cnord2 = await as('cnord2');
  await chooseMeasure(cnord2, clara, 'Ret indsats',
    { offer: /Intensiv hjemmebaseret/, weeks: 12, purpose: 'Clara kan blive boende hjemme og trives i børnehaven.' });
  await approveMeasure(lnord, clara, 'Godkend');
  await awaitTask(lnord, clara, 'Følg sagen');
  log(`${clara}: measure approved and granted, "Følg sagen" is open`);
  await cnord2.close();
  await lnord.close();

  // 5–8: Emil Nørby, cnord1: review with a revised plan, extend the measure, start form, case page.
  const cnord1 = await as('cnord1');
  const emil = await caseOfChild(cnord1, 'Følg sagen', 'Emil Nørby');
  const followed = await followCase(cnord1, emil);
  await writePlan(cnord1, emil, 'Revidér barnets plan', null, 'Emil');
  await awaitTask(cnord1, emil, 'Følg sagen', followed.task.id);
  log(`${emil}: plan revised, "Følg sagen" is open again`);
  await peekChoice(cnord1, emil, 'Følg sagen', 'Næste skridt', followed.task.id);
  const ended = await endMeasure(cnord1, emil);
  const extended = await peekChoice(cnord1, emil, 'Afslut eller forlæng indsats', 'Hvad sker der med indsatsen?', ended.task.id);
  await casePage(cnord1, extended, emil, 'Emil Nørby');
  await startForm(cnord1);
  await cnord1.close();

  log(`done: screenshots in ${SHOTS}`);
  if (findings.length) {
    failed = true;
    console.error(`walkthrough completed with ${findings.length} problem(s):\n  - ${findings.join('\n  - ')}`);
  }
} catch (error) {
  failed = true;
  console.error('walkthrough failed:', error.message);
  for (const session of sessions) {
    const file = `/tmp/childcase-walkthrough-failure-${session.user}.png`;
    if (await session.page.screenshot({ path: file }).then(() => true, () => false)) console.error(`  ${session.user}'s page: ${file}`);
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
