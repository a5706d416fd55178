#!/usr/bin/env node
// Walks the early-prevention unit's Camunda Forms (processes `preventionWeek` and `earlyPrevention`)
// through Camunda Tasklist in a real (headless) Chromium, as the unit's leader and a worker would,
// checks that each form renders (Danish labels, the slots of the weekly forms with their labels
// and links, conditional fields, the selects whose options come from task variables) and is
// accepted, and saves screenshots for the docs in docs/screenshots/:
//
//   1. this week starts (as the Monday timer would: the admin starts `preventionWeek` over the
//      engine REST API); lfor, "Ugentlig visitation" (form triageRequests): every waiting request
//      of the demo in one task, no names in it; the professional's request goes to the authority
//      with a reason, the others are accepted with a competence      → prevention-triage.png
//   2. lfor, "Ugentlig fordeling" (form distributeFamilies): the workers with their competences
//      and families, the group courses with free seats; the teenager gets an individual course and
//      "Forstå din teenager" beside it, the others an individual course → prevention-distribute.png
//   3. pfor2, "Kontakt familien", "Hold opstartsmøde" (goals, the first contact with FIT)
//                                                                      → prevention-start-meeting.png
//   4. pfor2, "Følg forløbet": a contact with FIT (→ prevention-follow-course.png), an extension
//      asked for too early (refused by the server), then the end; "Afslut forløb" → prevention-close.png
//   5. prevention (Pia), "Start forløb" → "Tidlig Forebyggelse" (start form registerPreventionRequest):
//      a family's own request (→ prevention-start-form.png), then open anonymous counselling, whose
//      identity fields hide and send nothing; "Giv anonym rådgivning" → prevention-anonymous.png
//
// It needs the demo data as `./mvnw spring-boot:run` creates it on an empty database; a second run
// needs a fresh demo (stop the app, delete ./data, start it again).
//
// Usage: start the application (`./mvnw spring-boot:run`), then
//   node tools/prevention-walkthrough.mjs
// Environment: TRAPPEN_URL, TRAPPEN_PASSWORD, TRAPPEN_ADMIN (default admin:admin), CHROMIUM_PATH
// (see tools/tasklist-driver.mjs). Exits non-zero, with the reason, when a step fails.

import {
  BASE, REFUSAL, log, dateIn, expect, exactField, field, listOptions, optionOf, chooseOption, check, typeDate, fillText, settle,
  expectField, expectLabels, expectNoFieldErrors, expectRequiredRefused, expectRefused, engine, awaitTask, openTask,
  openStartForm, submit, choose, chosenOption, complete, screenshot, screenshotAt, runWalkthrough,
} from './tasklist-driver.mjs';

const ADMIN = process.env.TRAPPEN_ADMIN || 'admin:admin';
const basic = credentials => 'Basic ' + Buffer.from(credentials).toString('base64');

/** This week's triage and distribution, started as the Monday timer would (or the week that waits
 * for the leader already, after an interrupted run). */
async function startWeek() {
  const open = await fetch(`${BASE}/engine-rest/task?processDefinitionKey=preventionWeek&maxResults=100`, {
    headers: { Authorization: basic(ADMIN), Accept: 'application/json' } }).then(r => r.json());
  if (open.length > 0) {
    log(`preventionWeek waits already at "${open[0].name}": ${open[0].processInstanceId}`);
    return { id: open[0].processInstanceId, waitsAt: open[0].name };
  }
  const response = await fetch(`${BASE}/engine-rest/process-definition/key/preventionWeek/start`, {
    method: 'POST', body: '{}',
    headers: { Authorization: basic(ADMIN), 'Content-Type': 'application/json', Accept: 'application/json' },
  });
  const text = await response.text();
  expect(response.ok, `starting preventionWeek answered HTTP ${response.status}: ${text}`);
  const week = JSON.parse(text);
  log(`preventionWeek started: ${week.id}`);
  return { id: week.id, waitsAt: 'Ugentlig visitation' };
}

/** The labels of the weekly task's slots (task-local variables label1…label8). */
async function slotLabels(session, task) {
  const variables = await engine(session, `/task/${task.id}/localVariables`);
  const labels = [];
  for (let slot = 1; variables[`label${slot}`]; slot++) labels.push(variables[`label${slot}`].value);
  return labels;
}

async function triage(session, week) {
  const name = 'Ugentlig visitation';
  const opened = await openTask(session, week, name);
  const { form, task } = opened;
  const labels = await slotLabels(session, task);
  expect(labels.length >= 3, `the triage holds ${labels.length} requests, the demo has at least 3 waiting`);
  const text = await form.innerText();
  for (const label of labels) expect(text.includes(label), `the form does not show "${label}"`);
  for (const name of ['Freya', 'Malte', 'Noa', 'Brandt']) expect(!text.includes(name), `the triage form shows a name: ${name}`);
  expect(await form.locator('a', { hasText: 'Åbn henvendelsen' }).count() === labels.length, 'a request has no link');
  await expectRequiredRefused(session, form, name);
  for (let slot = 0; slot < labels.length; slot++) {
    const decision = exactField(form, 'Beslutning').nth(slot);
    if (labels[slot].includes('Fagperson sammen med familien')) {
      await decision.getByLabel('Til myndigheden', { exact: true }).check();
      await session.page.waitForTimeout(300);
      await chooseOption(exactField(form, 'Bekymringsniveau').last(), 'Mistrivsel');
      await exactField(form, 'Begrundelse til myndigheden').last().locator('textarea')
        .fill('Malte trækker sig meget; problemet er ikke afgrænset, og myndigheden bør vurdere det.');
    } else {
      await decision.getByLabel('I målgruppen', { exact: true }).check();
      await session.page.waitForTimeout(300);
      await chooseOption(exactField(form, 'Kompetence familien har brug for').last(), 'Forældrevejledning');
    }
  }
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'prevention-triage.png');
  await complete(session, opened, name);
  return labels;
}

async function distribute(session, week) {
  const name = 'Ugentlig fordeling';
  const first = await openTask(session, week, name);
  await expectRequiredRefused(session, first.form, name);

  const opened = first;
  const { form, task } = opened;
  const labels = await slotLabels(session, task);
  let teenager = -1;
  for (let slot = 0; slot < labels.length; slot++) {
    const kind = exactField(form, 'Forløb').nth(slot);
    const both = labels[slot].includes('Teenagelivet');
    if (both) teenager = slot;
    await kind.getByLabel(both ? 'Begge' : 'Individuelt', { exact: true }).check();
    await session.page.waitForTimeout(300); // the conditional selects appear
    const worker = exactField(form, 'Medarbejder (kompetencer · familier)').last();
    const workers = await listOptions(worker);
    expect(workers.some(w => /^Peter Familievejleder · Forældrevejledning, ADHD og autisme, Teenagere · \d+ familier/.test(w)),
      `the workers are shown without competences or load: ${workers.join(' | ')}`);
    await optionOf(worker, both ? 'Nadia Trivselsrådgiver' : 'Pia Forebygger').click(); // the list is open
    if (both) {
      const group = exactField(form, 'Gruppeforløb (datoer · ledige pladser)').last();
      const groups = await listOptions(group);
      expect(groups.some(g => /^Forstå din teenager · 12–17 år · .* · 12 af 12 pladser ledige$/.test(g)),
        `the group courses are shown without dates or seats: ${groups.join(' | ')}`);
      await optionOf(group, 'Forstå din teenager').click();
    }
  }
  expect(teenager >= 0, 'the demo\'s teenager (Noa) is not in the distribution');
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'prevention-distribute.png');
  await complete(session, opened, name);
}

/** The contact's fields, as the start meeting and "Følg forløbet" show them. */
async function fillContact(form, who, ors, srs) {
  await typeDate(field(form, 'Dato for kontakten').locator('input.flatpickr-input'), dateIn(0));
  await chooseOption(field(form, 'Sted'), 'Hjemme hos familien');
  await fillText(form, 'Hvem deltog', who);
  await field(form, 'Varighed (minutter)').locator('input').fill('60');
  await fillText(form, 'Notat', 'Vi øvede den nye plan for aftenen sammen.');
  await chooseOption(field(form, 'Hvem udfyldte FIT'), 'Forælder');
  await field(form, 'ORS (ved start, 0–40)').locator('input').fill(String(ors));
  await field(form, 'SRS (ved slut, 0–40)').locator('input').fill(String(srs));
}

async function course(session) {
  const query = { processDefinitionKey: 'earlyPrevention', assignee: session.user };
  let name = 'Kontakt familien';
  let opened = await openTask(session, (await awaitTask(session, query, name)).processInstanceId, name);
  const instance = opened.task.processInstanceId;
  await expectLabels(opened.form, ['Familien kontaktet den', 'Aftaler med familien']);
  expect(await opened.form.locator('a', { hasText: 'Åbn henvendelsen' }).count() === 1, `"${name}" has no link to the request`);
  await typeDate(field(opened.form, 'Familien kontaktet den').locator('input.flatpickr-input'), dateIn(0));
  await fillText(opened.form, 'Aftaler med familien', 'Opstartsmøde hjemme i morgen kl. 16.');
  await settle(opened.form);
  await complete(session, opened, name);

  name = 'Hold opstartsmøde';
  opened = await openTask(session, instance, name);
  await expectLabels(opened.form, ['Forløbets mål', 'Dato for kontakten', 'Sted', 'Hvem deltog', 'Varighed (minutter)',
    'Hvem udfyldte FIT', 'ORS (ved start, 0–40)', 'SRS (ved slut, 0–40)']);
  await expectRequiredRefused(session, opened.form, name);
  await fillText(opened.form, 'Forløbets mål', 'Færre konflikter om aftenen; den unge og forældrene taler sammen hver søndag.');
  await fillContact(opened.form, 'Mor, far og den unge', 27, 37);
  await settle(opened.form);
  await expectNoFieldErrors(opened.form, name);
  await screenshot(session.page, opened.form, 'prevention-start-meeting.png');
  await complete(session, opened, name);

  name = 'Følg forløbet';
  opened = await openTask(session, instance, name);
  expect((await opened.form.innerText()).includes('Kontakter brugt: 1 af 12'), `"${name}" does not show the contacts used`);
  await expectField(opened.form, 'Hvem deltog', false, 'before "Registrér en kontakt"');
  await check(opened.form, 'Næste skridt', 'Registrér en kontakt');
  await expectField(opened.form, 'Hvem deltog', true, 'after "Registrér en kontakt"');
  await fillContact(opened.form, 'Mor og den unge', 24, 35);
  await settle(opened.form);
  await expectNoFieldErrors(opened.form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, opened.form, 'prevention-follow-course.png');
  await complete(session, opened, name);

  opened = await openTask(session, instance, name, { notId: opened.task.id });
  expect((await opened.form.innerText()).includes('Kontakter brugt: 2 af 12'), `"${name}" does not count the contact`);
  await check(opened.form, 'Næste skridt', 'Bed lederen om forlængelse (efter 12 kontakter)');
  await fillText(opened.form, 'Begrundelse for forlængelse', 'For tidligt: testen skal afvises.');
  await expectRefused(session, opened.form, name, /forlængelse er først nødvendig/, { prefix: REFUSAL });
  await check(opened.form, 'Næste skridt', 'Afslut forløbet');
  await settle(opened.form);
  await complete(session, opened, name);

  name = 'Afslut forløb';
  opened = await openTask(session, instance, name);
  await expectField(opened.form, 'Bekymringsniveau', false, 'before "fortsat bekymring"');
  await check(opened.form, 'Er målene nået?', 'Delvist');
  await fillText(opened.form, 'Anbefaling', 'Familien fortsætter med søndagssamtalerne; gruppen "Forstå din teenager" støtter.');
  await settle(opened.form);
  await expectNoFieldErrors(opened.form, name);
  await screenshot(session.page, opened.form, 'prevention-close.png');
  await complete(session, opened, name);
}

/** Step 5: the start form "Henvendelse modtaget": a family's own request, then open anonymous counselling. */
async function startForms(session) {
  const { page } = session;
  const processName = 'Tidlig Forebyggelse';
  let { modal, form } = await openStartForm(page, processName);
  let start = modal.getByRole('button', { name: 'Start', exact: true });
  await expectLabels(form, ['Åben anonym rådgivning', 'Hvad handler det om?', 'Hvem henvender sig?', 'Barnets navn',
    'Forælder', 'Telefon eller e-mail til familien', 'Hvad ønsker familien hjælp til?']);
  await expectRequiredRefused(session, form, 'the start form', { button: start });
  for (let i = 0; i < 5 && await modal.locator('.alert .close:visible').count(); i++) {
    await modal.locator('.alert .close:visible').first().click().catch(() => {});
    await page.waitForTimeout(200);
  }
  await choose(form, 'Hvad handler det om?', 'Konflikter i familien');
  await check(form, 'Hvem henvender sig?', 'Familien selv');
  await expectField(form, 'Fagperson fra', false, 'for the family\'s own request');
  await fillText(form, 'Barnets navn', 'Ella Startesen');
  await typeDate(field(form, 'Barnets fødselsdato').locator('input.flatpickr-input'), '04.03.2017');
  await fillText(form, 'Forælder', 'Eva Startesen');
  await fillText(form, 'Telefon eller e-mail til familien', '30 40 50 60');
  await fillText(form, 'Hvad ønsker familien hjælp til?', 'Søskende skændes hele tiden, og vi råber for meget.');
  await modal.locator('.modal-header').click();
  await expectNoFieldErrors(form, 'the start form');
  session.expectNoConsoleErrors('start form');
  await screenshotAt(page, 'prevention-start-form.png', 1300);
  let response = await submit(page, start);
  expect(response.ok(), `the start form was refused (HTTP ${response.status()}): ${await response.text()}`);
  let instance = await response.json();
  await modal.waitFor({ state: 'hidden' });
  expect(/^FOR-\d{4}-\d{6}$/.test(instance.businessKey), `the request's business key is ${instance.businessKey}`);
  log(`request registered from the start form: ${instance.businessKey}`);

  ({ modal, form } = await openStartForm(page, processName));
  start = modal.getByRole('button', { name: 'Start', exact: true });
  await check(form, 'Åben anonym rådgivning', 'Åben anonym rådgivning (familien er anonym)').catch(async () => {
    await field(form, 'Åben anonym rådgivning').locator('input[type=checkbox]').check();
  });
  await page.waitForTimeout(300);
  await expectField(form, 'Barnets navn', false, 'for anonymous counselling');
  await expectField(form, 'Forælder', false, 'for anonymous counselling');
  await choose(form, 'Hvad handler det om?', 'Skilsmisse og samvær');
  await modal.locator('.modal-header').click();
  response = await submit(page, start);
  expect(response.ok(), `the anonymous start form was refused (HTTP ${response.status()}): ${await response.text()}`);
  instance = await response.json();
  await modal.waitFor({ state: 'hidden' });
  expect(/^ANON-\d{4}-\d{6}$/.test(instance.businessKey), `the counselling's business key is ${instance.businessKey}`);
  const submitted = response.request().postDataJSON()?.variables || {};
  expect(!Object.keys(submitted).some(k => k.startsWith('pii_')), `anonymous counselling sent ${Object.keys(submitted)}`);

  const name = 'Giv anonym rådgivning';
  const opened = await openTask(session, instance.id, name);
  await expectLabels(opened.form, ['Dato', 'Emne', 'Varighed (minutter)', 'Udfald']);
  expect((await chosenOption(field(opened.form, 'Emne'))).startsWith('Skilsmisse'), 'the topic is not carried over');
  await typeDate(field(opened.form, 'Dato').locator('input.flatpickr-input'), dateIn(0));
  await field(opened.form, 'Varighed (minutter)').locator('input').fill('30');
  await choose(opened.form, 'Udfald', 'Rådgivning givet');
  await settle(opened.form);
  await expectNoFieldErrors(opened.form, name);
  await screenshot(page, opened.form, 'prevention-anonymous.png');
  await complete(session, opened, name);
}

await runWalkthrough('prevention-walkthrough', async ({ as }) => {
  const week = await startWeek();
  const lfor = await as('lfor');
  if (week.waitsAt === 'Ugentlig visitation') {
    const labels = await triage(lfor, week.id);
    log(`triaged: ${labels.join(' | ')}`);
  }
  await distribute(lfor, week.id);
  await lfor.close();
  const pfor2 = await as('pfor2');
  await course(pfor2);
  await pfor2.close();
  const pia = await as('prevention');
  await startForms(pia);
  await pia.close();
});
