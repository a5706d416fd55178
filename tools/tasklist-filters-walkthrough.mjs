#!/usr/bin/env node
// Tasklist as the municipality configures it, in a real (headless) Chromium on a fresh demo:
//
//   0. the login page speaks the browser's language when Tasklist has it: Danish for a Danish and
//      for a German browser (Danish is the fallback), English for an English one
//   1. intake signs in: Tasklist is Danish (header, filters, search, sorting), shows the
//      municipality's name and logo and no "migrate to Camunda 8" banner; the four ready filters are
//      there, "Mit teams opgaver" lists the earliest due date first; the demo's concern UND-2026-000001 ("Vurdér underretning", listed with its concern
//      number and due date) is claimed, its Camunda Form filled and completed; over the API the
//      concern is then ASSESSED and team nord has its "Visitér underretning"
//                                                          → tasklist-danish.png
//   2. lnord (team leader nord) opens "Overskredne frister": every task in it is overdue, and the
//      demo's acute case escalated to the team leader is there, as the team's deadline list
//      (/api/teams/nord/deadlines) says, with its concern number and due date; lnord opens its form
//                                                          → tasklist-overdue-filter.png
//   3. csyd1 (team syd) opens that team nord task by its address: Tasklist shows no form, and the
//      engine answers 404 for it as csyd1 (it does not exist for another team)
//
// Usage: on a fresh demo (empty database; the overdue tasks are the demo's), e.g.
//   java -jar target/trappen-0.1.0-SNAPSHOT.jar --server.port=8097  and  TRAPPEN_URL=http://localhost:8097
//   node tools/tasklist-filters-walkthrough.mjs   (TRAPPEN_URL, TRAPPEN_PASSWORD, CHROMIUM_PATH as in
// tasklist-driver.mjs). Exits non-zero, with the reason, when a step fails.

import {
  BASE, SHOTS, ENGINE, DANISH, TEAM_FILTER, log, expect, eventually, choose, field, newContext, engine, api,
  openTask, complete, listItem, dismissNotifications, runWalkthrough,
} from './tasklist-driver.mjs';

const MUNICIPALITY = process.env.TRAPPEN_MUNICIPALITY || 'Trappen Kommune';
const FILTERS = ['Mine opgaver', TEAM_FILTER, 'Overskredne frister', 'Forfalder denne uge'];
const OVERDUE = 'Overskredne frister';
const CONCERN = 'UND-2026-000001'; // the demo's Noah Skovgaard, waiting for the 24-hour assessment
const ASSESS = 'Vurdér underretning';

/** Step 0: the login page's button in a browser of each language. */
async function languages(browser) {
  for (const [locale, expected] of [['da-DK', DANISH.PAGE_LOGIN_SIGN_IN_ACTION], ['de-DE', DANISH.PAGE_LOGIN_SIGN_IN_ACTION], ['en-US', 'Log in']]) {
    const context = await newContext(browser, locale);
    const page = await context.newPage();
    await page.goto(`${BASE}/camunda/app/tasklist/`);
    const button = page.locator('form[name=signinForm] button[type=submit]');
    await eventually(async () => (await button.innerText()).trim() === expected,
      `a ${locale} browser's login button does not read "${expected}" but "${(await button.innerText()).trim()}"`);
    log(`${locale} browser: the login button reads "${expected}"`);
    await context.close();
  }
}

/** The header, filters and list of a signed-in Tasklist are Danish and the municipality's. */
async function expectDanishTasklist(page) {
  const header = page.locator('[cam-widget-header]');
  const text = await header.innerText();
  for (const label of [`${MUNICIPALITY} Opgaver`, DANISH.START_PROCESS, DANISH.CREATE_TASK, DANISH.SHORTCUT_HELP]) {
    expect(text.includes(label), `the header does not read "${label}": ${text.replace(/\s+/g, ' ')}`);
  }
  expect(await page.title() === `${MUNICIPALITY} Opgaver`, `the window's title is "${await page.title()}"`);
  const logo = await header.locator('.brand-logo').evaluate(el => getComputedStyle(el).backgroundImage);
  expect(/municipality-logo\.svg/.test(logo), `the header's logo is not the municipality's: ${logo}`);
  expect(await header.locator('.brand-logo svg').isHidden(), "Camunda's logo is shown");
  const banner = page.locator('.ce-eol-banner');
  expect(await banner.count() === 0 || await banner.first().isHidden(), 'the "migrate to Camunda 8" banner is shown');
  expect(await page.getByText('It is time to migrate', { exact: false }).count() === 0 ||
    await page.getByText('It is time to migrate', { exact: false }).first().isHidden(), 'an English banner text is visible');
  for (const name of FILTERS) await page.getByText(name, { exact: false }).first().waitFor();
  expect(await page.getByPlaceholder(DANISH.SEARCH_PLACEHOLDER).count() > 0, `no search field "${DANISH.SEARCH_PLACEHOLDER}"`);
  const body = await page.locator('body').innerText();
  for (const english of ['Start process', 'Create task', 'Keyboard Shortcuts', 'Filter Tasks', 'Powered by']) {
    expect(!body.includes(english), `Tasklist still reads "${english}"`);
  }
  log(`Tasklist is Danish: "${MUNICIPALITY} Opgaver", "${DANISH.START_PROCESS}", the four filters, no Camunda 8 banner`);
}

/** Until the user picks another sorting, "Mit teams opgaver" lists the earliest due date first. */
async function expectMostUrgentFirst(session) {
  const { page } = session;
  await page.getByText(TEAM_FILTER).first().click();
  const items = page.locator('ol.tasks-list li.task');
  await items.first().waitFor();
  await page.waitForTimeout(500);
  const dues = [];
  for (const link of await items.locator('h4 a').all()) {
    const task = await engine(session, `/task/${(await link.getAttribute('href')).split('task=')[1]}`);
    dues.push(task.due ? new Date(task.due).getTime() : Infinity);
  }
  expect(dues.length > 1, `"${TEAM_FILTER}" lists ${dues.length} task(s): too few to see an order`);
  expect(dues.every((due, i) => i === 0 || dues[i - 1] <= due), `"${TEAM_FILTER}" is not sorted by due date: ${dues.join(', ')}`);
  const menu = (await page.locator('[cam-sorting-choices]').first().innerText()).replace(/\s+/g, ' ').trim();
  expect(menu.includes(DANISH.DUE_DATE), `the sort menu reads "${menu}", not "${DANISH.DUE_DATE}"`);
  log(`"${TEAM_FILTER}": ${dues.length} tasks, earliest due date first; the sort menu reads "${menu}"`);
}

/** Step 1: the intake worker assesses the demo's concern in Danish; the concern moves on. */
async function assess(as) {
  const session = await as('intake');
  const { page } = session;
  await expectDanishTasklist(page);

  await expectMostUrgentFirst(session);

  const before = await api('intake', '/api/concerns/1');
  expect(before.concernNumber === CONCERN && before.status === 'RECEIVED', `the demo's concern 1 is ${before.concernNumber} ${before.status}`);
  const opened = await openTask(session, { processInstanceBusinessKey: CONCERN }, ASSESS);
  expect(opened.listed.includes(CONCERN), `the list item of "${ASSESS}" does not show ${CONCERN}: ${opened.listed}`);
  expect(opened.listed.includes(DANISH.DUE), `the list item of "${ASSESS}" shows no "${DANISH.DUE}": ${opened.listed}`);
  const { form } = opened;
  expect(await page.locator('[cam-tasklist-task] button', { hasText: DANISH.COMPLETE }).count() > 0, `no "${DANISH.COMPLETE}" button`);
  await choose(form, 'Bekymringsniveau efter din vurdering', 'Mistrivsel');
  await field(form, 'Vurdering').locator('textarea').fill(
    'Talt med skolens kontor og klasselæreren. Noah er ikke i akut fare, men fraværet og uroen derhjemme er en reel bekymring.');
  await form.locator('.fjs-form-field').first().click({ position: { x: 1, y: 1 } });
  await dismissNotifications(page);
  await page.screenshot({ path: SHOTS + 'tasklist-danish.png' });
  log('"Vurdér underretning" filled in Danish Tasklist: tasklist-danish.png');
  session.expectNoConsoleErrors(ASSESS);
  await complete(session, opened, ASSESS);

  const after = await api('intake', '/api/concerns/1');
  expect(after.status === 'ASSESSED', `after the assessment the concern is ${after.status}, not ASSESSED`);
  let routed;
  for (let i = 0; i < 30 && !routed; i++) {
    routed = [...(await api('lnord', '/api/teams/nord/deadlines')).coming]
      .find(item => item.reference === CONCERN && item.task === 'Visitér underretning');
    if (!routed) await page.waitForTimeout(1000);
  }
  expect(routed, `team nord has no "Visitér underretning" for ${CONCERN} after the assessment`);
  log(`over the API: ${CONCERN} is ASSESSED and team nord's "Visitér underretning" is due ${routed.due}`);
}

/** Step 2: the team leader's overdue filter. Returns a team nord task (for step 3). */
async function overdue(as) {
  const session = await as('lnord');
  const { page } = session;
  await dismissNotifications(page);
  await page.getByText(OVERDUE).first().click();
  const items = page.locator('ol.tasks-list li.task');
  await items.first().waitFor();

  const deadlines = await api('lnord', '/api/teams/nord/deadlines');
  const filterId = (await engine(session, `/filter?name=${encodeURIComponent(OVERDUE)}&maxResults=10`))[0]?.id;
  expect(filterId, `lnord cannot read the filter "${OVERDUE}"`);
  const listed = [];
  for (const link of await items.locator('h4 a').all()) listed.push((await link.getAttribute('href')).split('task=')[1]);
  expect(listed.length > 0, `"${OVERDUE}" is empty for lnord`);
  for (const id of listed) {
    const task = await engine(session, `/task/${id}`);
    expect(task.due && new Date(task.due) < new Date(), `"${task.name}" (due ${task.due}) is listed under "${OVERDUE}"`);
  }
  const escalated = deadlines.overdue.filter(item => listed.includes(item.taskId));
  expect(escalated.length > 0, `none of the team's overdue tasks (${deadlines.overdue.map(i => i.task).join(', ')}) is in lnord's "${OVERDUE}"`);
  const acute = escalated.find(item => item.task === 'Handl akut') || escalated[0];
  const item = await listItem(page, acute.taskId).innerText();
  expect(item.includes(acute.reference) && item.includes(DANISH.DUE),
    `the list item of "${acute.task}" does not show ${acute.reference} and its due date: ${item}`);
  // The team leader opens it (without taking it): its form is there to act on.
  await listItem(page, acute.taskId).locator('h4 a').click();
  await page.waitForURL(url => url.hash.includes(`task=${acute.taskId}`));
  await page.locator('[cam-tasklist-task] .fjs-form').first().waitFor();
  await page.mouse.move(1300, 950); // no filter's tooltip over the list
  await page.waitForTimeout(1000);
  await page.screenshot({ path: SHOTS + 'tasklist-overdue-filter.png' });
  log(`lnord's "${OVERDUE}": ${listed.length} task(s), all overdue, with "${acute.task}" ${acute.reference} of the team's deadline list: tasklist-overdue-filter.png`);
  session.expectNoConsoleErrors(OVERDUE);
  return acute;
}

/** Step 3: a caseworker of team syd cannot open team nord's task. */
async function otherTeam(as, task) {
  const session = await as('csyd1');
  const { page, context } = session;
  const response = await context.request.get(`${ENGINE}/task/${task.taskId}`);
  expect(response.status() === 404 || response.status() === 403,
    `team syd's csyd1 gets HTTP ${response.status()} for team nord's task "${task.task}"`);
  const form = await context.request.get(`${ENGINE}/task/${task.taskId}/form-variables`);
  expect(form.status() === 404 || form.status() === 403, `csyd1 reads the form variables of team nord's task: HTTP ${form.status()}`);

  await page.goto(`${BASE}/camunda/app/tasklist/#/?task=${task.taskId}`);
  await page.waitForTimeout(3000);
  const formShown = await page.locator('[cam-tasklist-task] .fjs-form').count();
  expect(formShown === 0, `Tasklist shows csyd1 the form of team nord's "${task.task}"`);
  expect(await listItem(page, task.taskId).count() === 0, `team nord's "${task.task}" is in csyd1's list`);
  const notice = (await page.locator('.page-notifications, [cam-tasklist-task]').allInnerTexts()).join(' ').replace(/\s+/g, ' ').trim();
  log(`csyd1 opening team nord's "${task.task}": engine HTTP ${response.status()}, no form; Tasklist says "${notice.slice(0, 120)}"`);
  session.forgetRefusal(task.taskId);
}

await runWalkthrough('tasklist-filters-walkthrough', async ({ browser, as }) => {
  await languages(browser);
  await assess(as);
  const task = await overdue(as);
  await otherTeam(as, task);
});
