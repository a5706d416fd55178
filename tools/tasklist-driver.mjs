// Drives Camunda Tasklist in a real (headless) Chromium for the browser walkthroughs in tools/
// (tasklist-, tasklist-filters-, childcase-, meeting-, followup-, intervention- and prevention-walkthrough.mjs):
// launching the browser, signing in, finding, opening and claiming a task in "Mit teams opgaver"
// (Tasklist's buttons by our Danish labels), filling the fields of a Camunda Form (form-js),
// completing it or checking that it is refused, collecting the page's console errors, reading the
// engine's REST API as the signed-in user, and taking the screenshots for docs/screenshots/.
// Not a script of its own: the walkthroughs import it.
//
// Environment (see each walkthrough's header):
//   TRAPPEN_URL      the application's base URL (default http://localhost:8080)
//   TRAPPEN_PASSWORD the demo users' password (default demo)
//   CHROMIUM_PATH    the browser (default /usr/bin/chromium, Debian's package `chromium`)

import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE = (process.env.TRAPPEN_URL || 'http://localhost:8080').replace(/\/+$/, '');
export const PASSWORD = process.env.TRAPPEN_PASSWORD || 'demo';
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
export const ZONE = 'Europe/Copenhagen';
/** The engine's REST API of Tasklist (session cookie and CSRF of the signed-in user). */
export const ENGINE = `${BASE}/camunda/api/engine/engine/default`;
export const TEAM_FILTER = 'Mit teams opgaver';
/** Tasklist's own labels as the application serves them (our Danish locale): the buttons are found
 * by these, so a changed translation changes the walkthroughs with it. */
export const DANISH = JSON.parse(readFileSync(new URL(
  '../src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/da.json', import.meta.url), 'utf8')).labels;
/** How the application's task listeners' refusals start (a 400, shown by Tasklist). */
export const REFUSAL = 'Ugyldige oplysninger: ';

// Without these Chromium waits for network services it cannot reach on a closed network.
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Tasklist itself asks for the first two on every login and gets 404 in this application, and the
// browser asks the case and meeting pages for a /favicon.ico they do not have; none of them is the forms'.
export const KNOWN_NOISE = [/\/camunda\/api\/admin\/auth\/user\/default/, /\/camunda-welcome/, /\/favicon\.ico$/];

export const log = (...args) => console.log('•', ...args);

/** Problems that do not stop the walkthrough; reported at the end (and the exit code is 1). */
export const findings = [];
export const warn = message => {
  findings.push(message);
  console.log('⚠', message);
};

// ---------------------------------------------------------------- checks and values

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Polls `probe` for up to 3 s (form-js applies typed text after a short debounce). */
export async function eventually(probe, message) {
  for (let i = 0; i < 15; i++) {
    if (await probe()) return;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error(message);
}

export const escapeRegExp = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A date `days` from today in Copenhagen, as the forms' date pickers take it (dd.mm.yyyy). */
export function dateIn(days, from = new Date()) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date(from.getTime() + days * 86_400_000)).map(p => [p.type, p.value]));
  return `${parts.day}.${parts.month}.${parts.year}`;
}

// ---------------------------------------------------------------- Camunda Form (form-js) fields

/** The form-js field whose (first) label starts with `label`. */
export function field(scope, label) {
  return scope.locator('.fjs-form-field')
    .filter({ has: scope.page().locator('label.fjs-form-field-label, label').filter({ hasText: new RegExp('^\\s*' + escapeRegExp(label)) }) })
    .first();
}

/** The form-js fields whose label is exactly `label` (and a required marker). */
export function exactField(scope, label) {
  return scope.locator('.fjs-form-field')
    .filter({ has: scope.page().locator('label').filter({ hasText: new RegExp('^\\s*' + escapeRegExp(label) + '\\s*\\*?\\s*$') }) });
}

/** The form-js field of the form field `id` (as in forms/*.form); for labels used more than once. */
export function fieldById(scope, id) {
  const input = ['', '-date', '-time'].map(suffix => `[id$="${id}${suffix}"]`).join(', ');
  return scope.locator('.fjs-form-field').filter({ has: scope.page().locator(input) }).first();
}

/** Opens the list of the select field `select`. */
export async function openSelect(select) {
  await select.locator('.fjs-select-display').click();
  await select.locator('.fjs-dropdownlist').waitFor();
  return select;
}

/** Opens the list of the select field `select` and returns its options' texts. */
export async function listOptions(select) {
  await openSelect(select);
  return (await select.locator('.fjs-dropdownlist-item').allInnerTexts()).map(t => t.trim());
}

/** The option of the open list of `select` that contains `option` (a text or a RegExp). */
export const optionOf = (select, option) => select.locator('.fjs-dropdownlist-item').filter({ hasText: option }).first();

/** What the select field `select` shows as chosen. */
export const chosenOption = async select => (await select.locator('.fjs-select-display').innerText()).trim();

/** Chooses the option that starts with `option` in the select field `select`. */
export async function chooseOption(select, option) {
  await openSelect(select);
  await optionOf(select, new RegExp('^\\s*' + escapeRegExp(option))).click();
}

/** Chooses the option that starts with `option` in the select field labelled `label`. */
export const choose = (scope, label, option) => chooseOption(field(scope, label), option);

/** Ticks the radio (or checklist) option `option` of the field labelled `label`. */
export async function check(scope, label, option) {
  await field(scope, label).getByLabel(option, { exact: true }).check();
}

export async function typeDate(input, value) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

export async function fillText(scope, label, text) {
  const input = field(scope, label).locator('textarea, input').first();
  await input.fill(text);
}

/** Clicks the form's first field's corner: closes any picker or list and lets form-js apply the input. */
export async function settle(form) {
  await form.locator('.fjs-form-field').first().click({ position: { x: 1, y: 1 } });
}

/** A task that opens with a choice already made shows the previous round's process variable. */
export async function expectNoChoiceYet(scope, label, name) {
  const chosen = field(scope, label).locator('input[type=radio]:checked');
  if (await chosen.count() === 0) return true;
  const option = (await chosen.locator('xpath=..').innerText()).trim();
  warn(`"${name}" opens with "${label}" = "${option}" already chosen (the value of the previous round is still a process variable)`);
  return false;
}

export async function expectShown(locator, shown, what, why) {
  await eventually(async () => await locator.isVisible() === shown, `${what} is ${shown ? 'hidden' : 'shown'} ${why}`);
}

/** The field labelled `label` is shown (or hidden, a conditional field) `why`. */
export const expectField = (scope, label, shown, why) => expectShown(field(scope, label), shown, `field "${label}"`, why);

export async function expectText(form, text, shown, why) {
  await eventually(async () => (await form.innerText()).includes(text) === shown,
    `the text "${text}" is ${shown ? 'missing' : 'shown'} ${why}`);
}

export async function expectCount(locator, count, message) {
  await eventually(async () => await locator.count() === count, message);
}

/** Every label of the form's fields must be there (the forms are in Danish). */
export async function expectLabels(form, labels) {
  const text = await form.innerText();
  for (const label of labels) expect(text.includes(label), `the form has no label "${label}"`);
}

export async function expectNoFieldErrors(form, name) {
  const errors = await form.locator('.fjs-form-field-error').allInnerTexts();
  expect(errors.length === 0, `"${name}" shows field errors after filling: ${errors.join('; ')}`);
}

// ---------------------------------------------------------------- Tasklist sessions

/** A browser context as the walkthroughs use it: a wide window, Danish (or `locale`), Copenhagen's time. */
export async function newContext(browser, locale = 'da-DK') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale, timezoneId: ZONE });
  context.setDefaultTimeout(30_000);
  return context;
}

/** Signs in to Tasklist on `page` and waits for the filter "Mit teams opgaver". */
export async function logIn(page, user, password = PASSWORD) {
  await page.goto(`${BASE}/camunda/app/tasklist/`);
  await page.locator('input[ng-model=username]').fill(user);
  await page.locator('input[type=password]').fill(password);
  await page.locator('form[name=signinForm] button[type=submit]').click();
  await page.getByText(TEAM_FILTER).first().waitFor({ timeout: 30_000 });
}

/** A signed-in Tasklist session of one demo user, with the page's console errors collected. */
export async function signIn(browser, user) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = [];
  page.on('console', message => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url || '';
    if (KNOWN_NOISE.some(noise => noise.test(where) || noise.test(message.text()))) return;
    problems.push(`console error: ${message.text()} (${where})`);
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  await logIn(page, user);
  log(`${user}: signed in to Tasklist`);
  return {
    user, context, page, problems,
    /** Fails the step on a console error since the last call. */
    expectNoConsoleErrors(step) {
      const found = problems.splice(0);
      if (found.length) throw new Error(`${step}: ${found.join('; ')}`);
    },
    /** Forgets the console errors of a refusal the step provoked (the browser logs the 400). */
    forgetRefusal(url) {
      const others = problems.filter(problem => !problem.includes(url));
      problems.splice(0, problems.length, ...others);
    },
    async close() {
      this.expectNoConsoleErrors(`${user}'s session`);
      await context.close();
    },
  };
}

/** Launches Chromium, runs `steps({ browser, as })` (`as(user)` signs a demo user in), reports the
 * findings and exits: 1 when a step failed (then each session's page is saved as
 * /tmp/{name}-failure-{user}.png) or a problem was found, else 0. */
export async function runWalkthrough(name, steps) {
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
    await steps({ browser, as });
    log(`done: screenshots in ${SHOTS}`);
    if (findings.length) {
      failed = true;
      console.error(`walkthrough completed with ${findings.length} problem(s):\n  - ${findings.join('\n  - ')}`);
    }
  } catch (error) {
    failed = true;
    console.error('walkthrough failed:', error.message);
    for (const session of sessions) {
      const file = `/tmp/${name}-failure-${session.user}.png`;
      if (await session.page.screenshot({ path: file }).then(() => true, () => false)) console.error(`  ${session.user}'s page: ${file}`);
    }
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
}

// ---------------------------------------------------------------- the engine's REST API

/** GET on the application's own API (/api/…) as `user`, with HTTP Basic as the API takes it. */
export async function api(user, path) {
  const response = await fetch(BASE + path, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64'), Accept: 'application/json' },
  });
  expect(response.ok, `GET ${path} as ${user} answered HTTP ${response.status}`);
  return response.json();
}

/** GET on the engine's REST API of Tasklist, as the signed-in user (what Tasklist itself reads). */
export async function engine(session, path) {
  const response = await session.context.request.get(ENGINE + path);
  expect(response.ok(), `GET ${path} answered HTTP ${response.status()}`);
  return response.json();
}

/** The open tasks called `name` of one process instance (a string: its id) or as `query` (an
 * object of the engine's task query parameters, e.g. a business key) says. */
export async function tasksOf(session, query, name) {
  const filter = typeof query === 'string' ? `processInstanceId=${query}` : new URLSearchParams(query).toString();
  return engine(session, `/task?${filter}&name=${encodeURIComponent(name)}&maxResults=50`);
}

/** Waits up to a minute (a task may be created by a job) for the open task `name` of `query`, other
 * than `notId`; `what` names the query in the error (default: the query). */
export async function awaitTask(session, query, name, notId, what) {
  for (let i = 0; i < 60; i++) {
    const task = (await tasksOf(session, query, name)).find(t => t.id !== notId);
    if (task) return task;
    await session.page.waitForTimeout(1000);
  }
  throw new Error(`no task "${name}" appeared ${what ? `for ${what}` : `(${JSON.stringify(query)})`}`);
}

// ---------------------------------------------------------------- tasks in Tasklist

/** Closes Tasklist's notices (e.g. "The process has been started."), which cover the form's buttons. */
export async function dismissNotifications(page) {
  for (const close of await page.locator('.page-notifications .close:visible').all()) await close.click().catch(() => {});
}

/** The list item of the task in "Mit teams opgaver". */
export function listItem(page, taskId) {
  return page.locator('ol.tasks-list li.task').filter({ has: page.locator(`h4 a[href*="task=${taskId}"]`) });
}

/** Shows the filter afresh: "Mit teams opgaver", or the session's own (a therapist's tasks are in "Mine opgaver"). */
export async function refreshList(page, filter = TEAM_FILTER) {
  await dismissNotifications(page);
  await page.getByText(filter || TEAM_FILTER).first().click();
  await page.locator('ol.tasks-list li.task, .tasks-list + *').first().waitFor().catch(() => {});
  await page.waitForTimeout(500);
}

export const completeButton = page => page.locator('[cam-tasklist-task] button', { hasText: DANISH.COMPLETE });

const claimLabel = new RegExp(escapeRegExp(DANISH.CLAIM_TASK));
export const claimButton = page => page.locator('[cam-tasklist-task]').getByRole('button', { name: claimLabel })
  .or(page.locator('[cam-tasklist-task]').getByRole('link', { name: claimLabel })).first();

/** Claims the open task and waits until its form can be filled. */
export async function claim(page) {
  await claimButton(page).click();
  await page.waitForFunction(() => !document.querySelector('[cam-tasklist-task] .disabled-form'));
}

/** Opens the task `name` of `query` (see awaitTask) from "Mit teams opgaver" (refreshed until it is
 * there) and claims it when nobody has. Returns its form, the engine's task and the list item's text. */
export async function openTask(session, query, name, { notId, what } = {}) {
  const { page } = session;
  const task = await awaitTask(session, query, name, notId, what);
  const item = listItem(page, task.id);
  // Refreshed at least once: that also closes the notice of the previous step, which comes late.
  for (let i = 0; i < 10 && (i === 0 || await item.count() === 0); i++) await refreshList(page, session.filter);
  expect(await item.count() === 1,
    `"${name}"${what ? ` (${what})` : ''} is not in ${session.user}'s list "${session.filter || TEAM_FILTER}"`);
  const listed = await item.innerText();
  await item.locator('h4 a').click();
  await page.waitForURL(url => url.hash.includes(`task=${task.id}`));
  const form = page.locator('[cam-tasklist-task] .fjs-form').first();
  await form.waitFor();
  if (!task.assignee) {
    await claim(page);
    log(`${session.user}: claimed "${name}"`);
  }
  return { form, task, listed };
}

/** Follows the link `text` in the header of the open task's form to the application's page `href`
 * (same tab). */
/** Follows the form's link `text` to `href`: it opens in a new tab, the form stays; returns that tab. */
export async function followLink(page, form, text, href) {
  const [opened] = await Promise.all([page.context().waitForEvent('page'), form.locator('a', { hasText: text }).click()]);
  await opened.waitForURL(url => url.pathname === href);
  return opened;
}

/** From an application's page, its link "← Tilbage til opgaven" must lead back to the task's form. */
/** "← Tilbage til opgaven" on the tab `opened` from a form: the tab closes, and the task is still open in `page`. */
export async function backToTask(opened, page, task) {
  await Promise.all([opened.waitForEvent('close'), opened.getByRole('link', { name: /Tilbage til opgaven/ }).click()]);
  expect(page.url().includes(`task=${task.id}`), `Tasklist left the task: ${page.url()}`);
  await page.locator('[cam-tasklist-task] .fjs-form').first().waitFor();
  log('"← Tilbage til opgaven" closes the page; the task is still open in Tasklist as it was');
}

/** Opens "Start forløb" → `processName` and returns the dialog and its form (rendered). */
export async function openStartForm(page, processName) {
  await dismissNotifications(page);
  await page.getByText(DANISH.START_PROCESS, { exact: false }).first().click();
  const modal = page.locator('.modal-content');
  await modal.getByText(processName, { exact: true }).click();
  const form = modal.locator('.fjs-form');
  await form.waitFor();
  await page.waitForTimeout(500);
  return { modal, form };
}

/** Clicks `button` and returns the response to the form's POST …/submit-form (`url` narrows it). */
export async function submit(page, button, url = '/submit-form') {
  const [response] = await Promise.all([
    page.waitForResponse(r => r.url().includes(url) && r.request().method() === 'POST'),
    button.click(),
  ]);
  return response;
}

/** Clicking `button` (by default Complete) with required fields empty must show errors and send
 * nothing; `when` says which fields are filled (default: none). */
export async function expectRequiredRefused(session, form, name, { button, when = 'empty' } = {}) {
  const { page } = session;
  let sent = false;
  const onRequest = request => { if (request.url().includes('/submit-form')) sent = true; };
  page.on('request', onRequest);
  await (button || completeButton(page)).click();
  await page.waitForTimeout(1000);
  page.off('request', onRequest);
  expect(!sent, `"${name}" was submitted with its required fields empty`);
  const errors = await form.locator('.fjs-form-field-error').allInnerTexts();
  expect(errors.length > 0, `"${name}" shows no error for its empty required fields`);
  // form-js writes English; scripts/trappen/danish-forms.js must have made it Danish.
  const english = errors.find(error => /\bField\b|\bmust\b/.test(error));
  expect(!english, `"${name}" shows an English message: "${english}"`);
  const notice = (await page.locator('.page-notifications').innerText().catch(() => '')).replace(/[×\s]+/g, ' ').trim();
  log(`"${name}" ${when}: not submitted, ${errors.length} field errors ("${errors[0].trim()}")${notice ? `, Tasklist says "${notice}"` : ''}`);
  await dismissNotifications(page);
}

/** Submitting (`button`, by default the task's Complete) must be refused by the server with a message
 * matching `pattern`, shown by Tasklist (in `notices`, by default the page's; the start dialog has its
 * own); the form stays as filled. With `status` and `prefix` the refusal must also come with that
 * HTTP status and its message start so. */
export async function expectRefused(session, form, name, pattern, { button, notices, when = '', status, prefix } = {}) {
  const { page } = session;
  await dismissNotifications(page);
  const response = await submit(page, button || completeButton(page));
  expect(!response.ok(), `"${name}" was accepted, expected a refusal matching ${pattern}`);
  const notice = notices || page.locator('.page-notifications');
  await notice.getByText(pattern).first().waitFor({ timeout: 10_000 }).catch(() => {});
  const text = (await notice.allInnerTexts().catch(() => [])).join(' ').replace(/[×\s]+/g, ' ').trim();
  expect(pattern.test(text), `Tasklist shows "${text}" for the refusal of "${name}" (HTTP ${response.status()}: ${await response.text()})`);
  if (status) expect(response.status() === status, `the refusal of "${name}" came as HTTP ${response.status()}, not ${status}`);
  if (prefix) expect(text.includes(prefix), `the refusal of "${name}" does not read "${prefix}…": "${text}"`);
  log(`"${name}"${when && ` ${when}`} refused as expected (HTTP ${response.status()}); Tasklist says: "${text}"`);
  await dismissNotifications(page);
  session.forgetRefusal('/submit-form');
  expect(await form.isVisible(), `the form of "${name}" is gone after the refusal`);
}

/** Completes the open task; a refusal of the server is read from Tasklist's notice. The task must
 * then leave the list and the engine. Returns the submitted variables. */
export async function complete(session, { task }, name) {
  const { page } = session;
  await dismissNotifications(page);
  const response = await submit(page, completeButton(page), `/task/${task.id}/submit-form`);
  const submitted = response.request().postDataJSON()?.variables || {};
  if (!response.ok()) {
    await page.waitForTimeout(1000);
    const notice = (await page.locator('.page-notifications').innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
    throw new Error(`"${name}" was refused (HTTP ${response.status()}): ${notice || await response.text()}`);
  }
  for (let i = 0; i < 20; i++) {
    await refreshList(page, session.filter);
    if (await listItem(page, task.id).count() === 0) break;
    expect(i < 19, `"${name}" is still in the list after it was completed`);
  }
  const gone = await session.context.request.get(`${ENGINE}/task/${task.id}`);
  expect(gone.status() === 404, `"${name}" is still open in the engine (GET /task/${task.id}: HTTP ${gone.status()})`);
  log(`${session.user}: "${name}" completed (${Object.entries(submitted).map(([k, v]) => `${k}=${JSON.stringify(v.value)?.slice(0, 24)}`).join(', ')})`);
  return submitted;
}

// ---------------------------------------------------------------- screenshots

/** Saves docs/screenshots/{file} with the viewport as tall as the form (Tasklist scrolls it inside
 * the panel), at most 4000 pixels. */
export async function screenshot(page, form, file) {
  await dismissNotifications(page);
  const viewport = page.viewportSize();
  const height = await form.evaluate(el => {
    let scroller = el.parentElement;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement;
    const overflow = scroller ? scroller.scrollHeight - scroller.clientHeight : 0;
    return window.innerHeight + overflow;
  });
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height + 40, viewport.height), 4000) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: SHOTS + file });
  await page.setViewportSize(viewport);
  log(`screenshot ${file}`);
}

/** Saves docs/screenshots/{file} of the window made `height` pixels tall (e.g. the whole start
 * dialog, which scrolls inside); the window is then as before. */
export async function screenshotAt(page, file, height) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: SHOTS + file });
  await page.setViewportSize(viewport);
}
