#!/usr/bin/env node
// Walks every Camunda Form of the network meeting (process `networkMeeting`, "Netværksmøde", and its
// companion `actionPoint`) through Camunda Tasklist in a real (headless) Chromium, as the caseworkers
// of team nord would, checks that each form renders (Danish labels, conditional and required fields,
// the select "Fagperson" whose options come from the task variable professionalOptions) and is
// accepted, and saves screenshots for the docs in docs/screenshots/:
//
//   1. the school's system (skolesystem, API only) sends its status for the demo's TBS meeting about
//      Emil Nørby: the meeting id is the task variable meetingId (engine REST, as the admin), the
//      school's participant is read from GET /api/meetings/{id} (cnord1), POST …/statuses → 201
//   2. cnord1, "Indhent status fra samarbejdspartnere" (form collectStatuses): "Fagperson" offers
//      "Fagperson 1 · Skole" and "Fagperson 2 · Sundhedsplejen"; a status for the health visitor
//                                                        → meeting-collect-statuses.png
//   3. cnord1, "Afhold netværksmøde" (form holdMeeting): minutes, joint plan, action point 1 owned by
//      cnord2 and action point 2 owned by "Mormor Inge" → meeting-hold.png; the process ends and
//      cnord2 (only) gets "Udfør aftalt handling" (form actionPoint) → meeting-action-point.png
//   4. cnord1, "Start forløb" → "Netværksmøde" (start form requestMeeting) for Emil's case, a
//      "Familierådslagning" (an unknown case number must be refused first) → meeting-start-form.png;
//      "Aftal spørgsmålene med familien" (agreeQuestions); "Planlæg mødet og invitér" (prepareMeeting)
//      without exchange of data (a date after the due date must be refused first) → meeting-prepare.png;
//      "Indhent status…" must say "Der må ikke udveksles oplysninger" when the process agrees (a
//      consent of the parents still valid for the child allows exchange whatever the form said: that
//      is reported as a problem); "Afhold familierådslagning"
//      (holdConference) → meeting-conference.png; "Godkend familiens plan" (approveFamilyPlan) sends it
//      back with a reason → meeting-approve-plan.png; the family's plan again, then approved
//   5. the form header's link "Åbn mødet …" (/app/meetings/{id}) of the last "Godkend familiens plan"
//                                                        → meeting-page.png
//
// Each completed task must leave Tasklist's list and the engine, and the next task must appear. A
// form with required fields must refuse an empty "Fuldfør" (Complete) without sending anything.
// Console errors of the page (other than three harmless 404s, see KNOWN_NOISE) fail the walkthrough.
// A refusal of the server must come as HTTP 400 and Tasklist must show it as "Ugyldige oplysninger:
// …". A task that comes round again ("Afhold familierådslagning", "Godkend familiens plan") should
// open with its choice empty: if the previous round's choice is already selected, that is reported
// as a problem at the end (exit code 1) without stopping.
//
// It needs the demo data as `./mvnw spring-boot:run` creates it on an empty database (the demo
// profile; users cnord1, cnord2, skolesystem with password demo, admin/admin): the steps change the
// meeting, so a second run needs a fresh demo (stop the app, delete ./data, start it again).
//
// Usage: start the application (`./mvnw spring-boot:run`), then
//   node tools/meeting-walkthrough.mjs
// Environment:
//   TRAPPEN_URL            the application's base URL (default http://localhost:8080)
//   TRAPPEN_PASSWORD       the demo users' password (default demo)
//   TRAPPEN_ADMIN          the engine REST API's user and password (default admin:admin)
//   CHROMIUM_PATH          the browser (default /usr/bin/chromium, Debian's package `chromium`)
// Exits non-zero, with the reason, when a step fails or a problem (above) was found.

import {
  BASE, PASSWORD, SHOTS, REFUSAL, log, warn, dateIn, escapeRegExp, expect, field, fieldById, listOptions, optionOf,
  chosenOption, choose, chooseOption, check, typeDate, fillText, settle, expectNoChoiceYet, expectShown, expectField,
  expectText, expectLabels, expectNoFieldErrors, engine, awaitTask, openTask, openStartForm, submit,
  expectRequiredRefused, expectRefused, complete, screenshot, screenshotAt, followLink, backToTask, runWalkthrough,
} from './tasklist-driver.mjs';

const ADMIN = process.env.TRAPPEN_ADMIN || 'admin:admin';
const ENGINE_REST = `${BASE}/engine-rest`;
const PROCESS_NAME = 'Netværksmøde';
const MEETING_LINK = 'Åbn mødet';
/** The options the demo meeting's "Fagperson" must offer (its two invited professionals). */
const SCHOOL_OPTION = 'Fagperson 1 · Skole';
const HEALTH_VISITOR_OPTION = 'Fagperson 2 · Sundhedsplejen';

/** The same day as the server writes it (yyyy-mm-dd). */
const isoDay = day => day.split('.').reverse().join('-');

const basic = credentials => 'Basic ' + Buffer.from(credentials).toString('base64');

/** The application's own API or the engine REST API (/engine-rest), with HTTP Basic. */
async function http(method, url, credentials, body) {
  const response = await fetch(url, {
    method,
    headers: { Authorization: basic(credentials), Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  return { status: response.status, json, text };
}

async function adminGet(path) {
  const answer = await http('GET', ENGINE_REST + path, ADMIN);
  expect(answer.status === 200, `GET /engine-rest${path} (admin) answered HTTP ${answer.status}: ${answer.text.slice(0, 200)}`);
  return answer.json;
}

/** The meeting as its team (or an invited partner) reads it over the API. */
async function meeting(meetingId, user = 'cnord1') {
  const answer = await http('GET', `${BASE}/api/meetings/${meetingId}`, `${user}:${PASSWORD}`);
  expect(answer.status === 200, `GET /api/meetings/${meetingId} as ${user} answered HTTP ${answer.status}: ${answer.text.slice(0, 200)}`);
  return answer.json;
}

/** Opens the task `name` of the meeting's process (or as `query` says, see awaitTask) from "Mit teams
 * opgaver", claims it when nobody has, and returns the form (after its FEEL header, which needs the
 * variable meetingId, has been rendered with the link to the meeting). */
async function openMeetingTask(session, query, name, meetingId, notId) {
  const { form, task } = await openTask(session, query, name, { notId });
  const link = form.locator('a', { hasText: MEETING_LINK });
  await link.waitFor({ timeout: 10_000 }).catch(() => {
    throw new Error(`the form of "${name}" shows no link "${MEETING_LINK} …" (FEEL text in the header)`);
  });
  const href = await link.getAttribute('href');
  expect(href === `/app/meetings/${meetingId}`, `unexpected meeting link in "${name}": ${href}`);
  log(`${session.user}: opened "${name}" of meeting ${meetingId}`);
  return { form, task, href };
}

/** Submitting must be refused with HTTP 400 and a message "Ugyldige oplysninger: …" matching
 * `pattern` (see expectRefused). */
const expectInvalid = (session, form, name, pattern, options) =>
  expectRefused(session, form, name, pattern, { ...options, status: 400, prefix: REFUSAL });

/** Waits until the process instance has ended (its last steps may run as jobs). */
async function awaitEnded(processInstanceId, what) {
  for (let i = 0; i < 60; i++) {
    const instance = await adminGet(`/history/process-instance/${processInstanceId}`);
    if (instance.state === 'COMPLETED') return;
    expect(instance.state === 'ACTIVE', `${what} ended as ${instance.state}`);
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
  throw new Error(`${what} has not ended`);
}

// ---------------------------------------------------------------- the steps

/** Step 1: the demo's TBS meeting about Emil, and the school's status sent from its own system. */
async function schoolSendsStatus() {
  const [task] = await adminGet('/task?processDefinitionKey=networkMeeting&firstResult=0&maxResults=10&name=' + encodeURIComponent('Indhent status fra samarbejdspartnere'));
  expect(task, 'the demo has no network meeting waiting at "Indhent status fra samarbejdspartnere"');
  const meetingId = (await adminGet(`/task/${task.id}/variables/meetingId`)).value;
  const before = await meeting(meetingId);
  const school = before.participants.find(p => p.role === 'SCHOOL');
  expect(school, `meeting ${meetingId} has no participant with the role SCHOOL`);
  const posted = await http('POST', `${BASE}/api/meetings/${meetingId}/statuses`, `skolesystem:${PASSWORD}`,
    { participantId: school.id, text: 'Emil kommer til tiden og deltager bedre i timerne; han har stadig svært ved frikvartererne.' });
  expect(posted.status === 201, `skolesystem's POST /api/meetings/${meetingId}/statuses answered HTTP ${posted.status}: ${posted.text}`);
  const after = await meeting(meetingId);
  expect(after.statuses.some(s => s.participantId === school.id), 'the school\'s status is not on the meeting');
  log(`skolesystem: status for participant ${school.id} (${school.organisation}) of meeting ${after.number} → HTTP 201`);
  return { meetingId, meetingNumber: after.number, processInstanceId: task.processInstanceId, caseId: after.caseId };
}

/** "Indhent status fra samarbejdspartnere" with data exchange allowed: one status is recorded. */
async function collectStatuses(session, { meetingId, processInstanceId }) {
  const name = 'Indhent status fra samarbejdspartnere';
  const opened = await openMeetingTask(session, processInstanceId, name, meetingId);
  const { form, task } = opened;
  await expectLabels(form, ['Indhent status fra samarbejdspartnere', 'Fagperson', 'Notat (valgfrit)']);
  await expectText(form, 'Der må ikke udveksles oplysninger', false, 'although the parents have consented');
  const variable = await engine(session, `/task/${task.id}/localVariables/professionalOptions?deserializeValue=false`);
  const options = JSON.parse(variable.value);
  expect(Array.isArray(options) && options.length > 0, `the task variable professionalOptions is ${variable.value}`);

  const select = fieldById(form, 'Field_statusParticipant1');
  const status = fieldById(form, 'Field_pii_statusText1');
  await expectShown(status, false, 'the first "Status"', 'before a professional is chosen');
  const shown = await listOptions(select);
  log(`"Fagperson" offers ${shown.length} of ${options.length} (${variable.type}): ${shown.join(' | ')}`);
  expect(shown.length === options.length, `the select shows ${shown.length} professionals, professionalOptions has ${options.length}`);
  for (const option of [SCHOOL_OPTION, HEALTH_VISITOR_OPTION]) expect(shown.includes(option), `the select does not offer "${option}"`);
  await optionOf(select, HEALTH_VISITOR_OPTION).click();
  const chosen = await chosenOption(select);
  expect(chosen === HEALTH_VISITOR_OPTION, `the select shows "${chosen}" after choosing ${HEALTH_VISITOR_OPTION}`);
  await expectShown(status, true, 'the first "Status"', 'after a professional is chosen');
  await expectShown(fieldById(form, 'Field_pii_statusText2'), false, 'the second "Status"', 'while its professional is empty');

  // A professional without a status must not be sent.
  await settle(form);
  await expectRequiredRefused(session, form, name, { when: 'with a professional but no status' });
  await status.locator('textarea').fill('Sundhedsplejen har besøgt familien; Emil sover bedre, og mor følger rådene om rutiner.');
  await fillText(form, 'Notat (valgfrit)', 'Skolens status kom fra skolens system.');
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'meeting-collect-statuses.png');
  const submitted = await complete(session, opened, name);
  expect(String(submitted.statusParticipant1?.value) === options.find(o => o.label === HEALTH_VISITOR_OPTION).value,
    `statusParticipant1 was sent as ${JSON.stringify(submitted.statusParticipant1)}`);
  const after = await meeting(meetingId);
  expect(after.statuses.length === 2 && after.missingStatuses.length === 0,
    `meeting ${meetingId} has ${after.statuses.length} statuses, missing ${after.missingStatuses.map(p => p.name).join(', ')}`);
  log('both professionals\' statuses are on the meeting, none missing');
}

/** "Afhold netværksmøde": minutes, joint plan, an action point for cnord2 and one for the grandmother. */
async function holdMeeting(session, { meetingId, processInstanceId }) {
  const name = 'Afhold netværksmøde';
  const opened = await openMeetingTask(session, processInstanceId, name, meetingId);
  const { form } = opened;
  await expectLabels(form, ['Afhold netværksmøde', 'Referat', 'Beslutninger', 'Fælles plan', 'Mål for barnet',
    'Mål for forældrene', 'Hvem gør hvad', 'Aftalte handlinger', 'Handling 1', 'Handling 2', 'Handling 3']);
  await expectText(form, 'Mødet holdes uden udveksling af oplysninger', false, 'although the parents have consented');
  for (const n of [1, 2, 3]) {
    await expectShown(fieldById(form, `Field_pii_actionPoint${n}Owner`), false, `"Ansvarlig" of action point ${n}`, 'before it is written');
    await expectShown(fieldById(form, `Field_pii_actionPoint${n}DueDate`), false, `"Frist" of action point ${n}`, 'before it is written');
  }
  await expectRequiredRefused(session, form, name);

  await fillText(form, 'Referat', 'Skolen og sundhedsplejen fortalte om Emils trivsel. Forældrene oplever færre konflikter om morgenen. '
    + 'Mormor Inge tilbyder at hente Emil to dage om ugen.');
  await fillText(form, 'Beslutninger', 'Familiebehandlingen fortsætter; skolen laver en plan for frikvartererne.');
  await fillText(form, 'Mål for barnet', 'Emil har en god legekammerat i frikvartererne inden jul.');
  await fillText(form, 'Mål for forældrene', 'Forældrene holder den faste morgenrutine alle hverdage.');
  await fillText(form, 'Hvem gør hvad', 'Skolen: frikvartersplan. Rådgiver: opfølgning med familiebehandleren. Mormor: afhentning.');

  await fillText(form, 'Handling 1', 'Aftale opfølgning med familiebehandleren');
  const owner1 = fieldById(form, 'Field_pii_actionPoint1Owner');
  await expectShown(owner1, true, '"Ansvarlig" of action point 1', 'after it is written');
  await expectShown(fieldById(form, 'Field_pii_actionPoint1DueDate'), true, '"Frist" of action point 1', 'after it is written');
  // Action point 1 written without owner and date must not be sent.
  await settle(form);
  await expectRequiredRefused(session, form, name, { when: 'with action point 1 but no owner or deadline' });
  await owner1.locator('input').fill('cnord2');
  const due1 = dateIn(14);
  await typeDate(fieldById(form, 'Field_pii_actionPoint1DueDate').locator('input.flatpickr-input'), due1);

  await fillText(form, 'Handling 2', 'Hente Emil tirsdag og torsdag');
  await fieldById(form, 'Field_pii_actionPoint2Owner').locator('input').fill('Mormor Inge');
  await typeDate(fieldById(form, 'Field_pii_actionPoint2DueDate').locator('input.flatpickr-input'), dateIn(21));
  await expectShown(fieldById(form, 'Field_pii_actionPoint3Owner'), false, '"Ansvarlig" of action point 3', 'while it is empty');
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'meeting-hold.png');
  const submitted = await complete(session, opened, name);
  expect(submitted.pii_actionPoint1DueDate?.value === isoDay(due1), `the deadline was sent as ${JSON.stringify(submitted.pii_actionPoint1DueDate)}`);
  await awaitEnded(processInstanceId, 'the network meeting\'s process');
  const held = await meeting(meetingId);
  expect(held.status === 'HELD', `meeting ${meetingId} is ${held.status} after "${name}"`);
  expect(held.actionPoints.length === 2, `meeting ${meetingId} has ${held.actionPoints.length} action points, expected 2`);
  log(`the process has ended; meeting ${held.number} is HELD with action points for ${held.actionPoints.map(a => a.owner).join(' and ')}`);
}

/** "Udfør aftalt handling" (process actionPoint): only the staff owner's action point is a task. */
async function carryOutActionPoint(session, { meetingId, meetingNumber }) {
  const name = 'Udfør aftalt handling';
  const query = { processDefinitionKey: 'actionPoint', processInstanceBusinessKeyLike: `${meetingNumber}/%` };
  const task = await awaitTask(session, query, name);
  expect(task.assignee === session.user, `"${name}" is assigned to ${task.assignee}, not ${session.user}`);
  const all = await adminGet('/task?processDefinitionKey=actionPoint&firstResult=0&maxResults=50&processInstanceBusinessKeyLike=' + encodeURIComponent(`${meetingNumber}/%`));
  expect(all.length === 1, `${all.length} tasks "${name}" for ${meetingNumber} (expected one: "Mormor Inge" is not staff): `
    + all.map(t => t.assignee).join(', '));
  const opened = await openMeetingTask(session, query, name, meetingId);
  const { form } = opened;
  await expectLabels(form, ['Udfør aftalt handling', 'Hvad blev gjort? (valgfrit)']);
  await fillText(form, 'Hvad blev gjort? (valgfrit)', 'Opfølgning aftalt med familiebehandleren til næste uge.');
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'meeting-action-point.png');
  await complete(session, opened, name);
  const done = (await meeting(meetingId)).actionPoints.find(a => a.owner === session.user);
  expect(done?.doneAt, `the action point of ${session.user} is not done: ${JSON.stringify(done)}`);
  log(`the action point "${done.description}" is done`);
}

/** Step 4: the start form for Emil's case; an unknown case number first. Returns the process instance. */
async function startMeeting(session, caseNumber, dueDate) {
  const { page } = session;
  const { modal, form } = await openStartForm(page, PROCESS_NAME);
  const start = modal.getByRole('button', { name: 'Start', exact: true });
  await expectLabels(form, ['Indkald til netværksmøde', 'Sagsnummer', 'Mødetype', 'Mødet skal holdes senest']);
  await expectRequiredRefused(session, form, 'the start form', { button: start });

  const number = field(form, 'Sagsnummer').locator('input');
  await number.fill('2026-1');
  await settle(form);
  const numberError = (await field(form, 'Sagsnummer').locator('.fjs-form-field-error').allInnerTexts()).join(' ').trim();
  expect(numberError.length > 0, 'a case number "2026-1" shows no error');
  log(`start form: a case number "2026-1" shows "${numberError}"`);

  const select = field(form, 'Mødetype');
  const kinds = await listOptions(select);
  expect(kinds.includes('Familierådslagning') && kinds.includes('TBS-møde (børn)'), `"Mødetype" offers ${kinds.join(' | ')}`);
  await optionOf(select, /^\s*Familierådslagning/).click();
  await typeDate(field(form, 'Mødet skal holdes senest').locator('input.flatpickr-input'), dueDate);
  await number.fill('SAG-2026-999999');
  await modal.locator('.modal-header').click();
  await expectInvalid(session, form, 'the start form', /Sagsnummer/,
    { button: start, notices: modal.locator('.alert:visible'), when: 'with an unknown case number' });
  for (let i = 0; i < 5 && await modal.locator('.alert .close:visible').count(); i++) {
    await modal.locator('.alert .close:visible').first().click().catch(() => {});
    await page.waitForTimeout(200);
  }

  await number.fill(caseNumber);
  await modal.locator('.modal-header').click();
  await expectNoFieldErrors(form, 'the start form');
  session.expectNoConsoleErrors('start form');
  await screenshotAt(page, 'meeting-start-form.png', 1100);
  log('screenshot meeting-start-form.png');
  const response = await submit(page, start);
  expect(response.ok(), `the start form was refused (HTTP ${response.status()}): ${await response.text()}`);
  const instance = await response.json();
  await modal.waitFor({ state: 'hidden' });
  const submitted = response.request().postDataJSON()?.variables || {};
  expect(submitted.dueDate?.value === isoDay(dueDate), `the due date was sent as ${JSON.stringify(submitted.dueDate)}`);
  log(`process started: ${instance.businessKey} (${submitted.meetingKind?.value}, ${caseNumber}, senest ${submitted.dueDate?.value})`);
  return instance;
}

async function agreeQuestions(session, processInstanceId, meetingId) {
  const name = 'Aftal spørgsmålene med familien';
  const opened = await openMeetingTask(session, processInstanceId, name, meetingId);
  const { form } = opened;
  await expectLabels(form, ['Aftal spørgsmålene med familien', 'Spørgsmål til familien', 'Neutral koordinator']);
  await expectRequiredRefused(session, form, name);
  await fillText(form, 'Spørgsmål til familien', 'Hvordan sikrer familien, at Emil kommer i skole hver dag?\n'
    + 'Hvem kan hjælpe om morgenen, når far arbejder tidligt?');
  await fillText(form, 'Neutral koordinator', 'Bente Koordinator');
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await complete(session, opened, name);
}

/** "Planlæg mødet og invitér" for the family group conference, without exchange of data. */
async function prepareMeeting(session, processInstanceId, meetingId, dueDate) {
  const name = 'Planlæg mødet og invitér';
  const opened = await openMeetingTask(session, processInstanceId, name, meetingId);
  const { form } = opened;
  // The datetime field shows its date and time labels only (the server names it "Dato og tidspunkt").
  await expectLabels(form, ['Planlæg mødet og invitér', 'Dato', 'Tidspunkt', 'Sted', 'Adresse eller lokale',
    'Familien', 'Forælder 1', 'Forælder 2', 'Barnet deltager (part fra 10 år)', 'Fagpersoner', 'Fagperson 1',
    'Privat netværk', 'Person 1 fra netværket', 'Udveksling af oplysninger', 'Må fagpersonerne udveksle oplysninger om barnet?',
    'Ja, forældrene giver samtykke', 'Ja, på et andet lovgrundlag', 'Nej – mødet holdes uden udveksling af oplysninger']);
  const warning = 'Uden samtykke eller lovgrundlag må fagpersonerne ikke udveksle oplysninger';
  await expectText(form, warning, false, 'before a choice of exchange');
  for (const label of ['Hvad omfatter samtykket?', 'Givet af', 'Givet den', 'Gyldigt til', 'Lovgrundlag', 'Barnets navn']) {
    await expectField(form, label, false, 'at first');
  }
  await expectShown(fieldById(form, 'Field_pro1Role'), false, '"Rolle" of professional 1', 'before the name');
  await expectShown(fieldById(form, 'Field_pii_parent2Contact'), false, 'the contact of parent 2', 'before the name');
  await expectRequiredRefused(session, form, name);

  const date = form.locator('input[id$="Field_meetingAt-date"]');
  const time = form.locator('input[id$="Field_meetingAt-time"]');
  await typeDate(date, dateIn(32)); // after the due date (30 days): the server must refuse it
  await typeDate(time, '10:00');
  await choose(form, 'Sted', 'Familiens hjem');
  await fillText(form, 'Adresse eller lokale', 'Hjemme hos familien Nørby, Skovvejen 12');
  await fillText(form, 'Forælder 1', 'Maria Nørby');
  await fieldById(form, 'Field_pii_parent1Contact').locator('input').fill('maria.norby@example.dk');
  await fillText(form, 'Forælder 2', 'Jonas Nørby');
  await expectShown(fieldById(form, 'Field_pii_parent2Contact'), true, 'the contact of parent 2', 'after the name');
  await field(form, 'Barnet deltager').locator('input[type=checkbox]').check();
  await expectField(form, 'Barnets navn', true, 'after "Barnet deltager"');
  await field(form, 'Barnet deltager').locator('input[type=checkbox]').uncheck();
  await expectField(form, 'Barnets navn', false, 'after "Barnet deltager" is unticked');

  await fillText(form, 'Fagperson 1', 'Lise Lærer');
  const role = fieldById(form, 'Field_pro1Role');
  await expectShown(role, true, '"Rolle" of professional 1', 'after the name');
  await expectShown(fieldById(form, 'Field_pro2Role'), false, '"Rolle" of professional 2', 'without a name');
  await chooseOption(role, 'Skole');
  await fieldById(form, 'Field_pii_pro1Organisation').locator('input').fill('Skovvejens Skole');
  await fieldById(form, 'Field_pii_pro1Contact').locator('input').fill('kontor@skovvejen.example');
  await fillText(form, 'Person 1 fra netværket', 'Mormor Inge Nørby');
  await fieldById(form, 'Field_pii_private1Contact').locator('input').fill('Skovvejen 3, 9000 Aalborg');

  const question = 'Må fagpersonerne udveksle oplysninger om barnet?';
  await check(form, question, 'Ja, forældrene giver samtykke');
  for (const label of ['Hvad omfatter samtykket?', 'Givet af', 'Givet den', 'Gyldigt til']) {
    await expectField(form, label, true, 'after "Ja, forældrene giver samtykke"');
  }
  await check(form, question, 'Ja, på et andet lovgrundlag');
  await expectField(form, 'Lovgrundlag', true, 'after "Ja, på et andet lovgrundlag"');
  await expectField(form, 'Hvad omfatter samtykket?', false, 'after "Ja, på et andet lovgrundlag"');
  await check(form, question, 'Nej – mødet holdes uden udveksling af oplysninger');
  await expectText(form, warning, true, 'after "Nej"');
  for (const label of ['Hvad omfatter samtykket?', 'Givet af', 'Givet den', 'Gyldigt til', 'Lovgrundlag']) {
    await expectField(form, label, false, 'after "Nej"');
  }
  await settle(form);
  await expectNoFieldErrors(form, name);
  await expectInvalid(session, form, name, /senest/, { when: 'with a date after the due date' });

  await typeDate(date, dateIn(20));
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'meeting-prepare.png');
  const submitted = await complete(session, opened, name);
  expect(/^\d{4}-\d{2}-\d{2}T10:00(:00)?([+-]\d{2}:\d{2}|Z)$/.test(submitted.meetingAt?.value),
    `the meeting's time was sent as ${JSON.stringify(submitted.meetingAt)}`);
  const planned = await meeting(meetingId);
  expect(planned.status === 'SCHEDULED', `meeting ${meetingId} is ${planned.status} after "${name}"`);
  if (planned.consent.exchangeAllowed) {
    // The parents' consent is the child's, not the meeting's: one still valid overrides the answer "Nej".
    const consent = planned.consent.consent;
    warn(`"${name}" was completed with "Nej – mødet holdes uden udveksling af oplysninger", but meeting ${planned.number} `
      + `allows exchange (basis ${planned.consent.basis}${consent ? `: the consent of ${consent.givenOn} by ${consent.givenBy}, `
      + `valid until ${consent.validUntil}` : ''}); the form neither showed that consent nor refused the answer`);
  }
  expect(planned.participants.length === 4, `meeting ${meetingId} has ${planned.participants.length} participants, expected 4`);
  log(`meeting ${planned.number} scheduled ${planned.scheduledAt} with ${planned.participants.map(p => p.kind).join(', ')}; `
    + `exchange of data: ${planned.consent.basis}`);
}

/** "Indhent status…" of a meeting planned without exchange of data: it must say so (as long as the
 * process agrees, see prepareMeeting); completed without statuses. */
async function collectNoStatuses(session, processInstanceId, meetingId) {
  const name = 'Indhent status fra samarbejdspartnere';
  const opened = await openMeetingTask(session, processInstanceId, name, meetingId);
  const { form, task } = opened;
  const exchange = (await engine(session, `/task/${task.id}/variables/dataExchange`)).value;
  await expectText(form, 'Der må ikke udveksles oplysninger', !exchange, `when the process variable dataExchange is ${exchange}`);
  log(`"${name}" ${exchange ? 'does not say' : 'says'} "Der må ikke udveksles oplysninger" (dataExchange = ${exchange})`);
  session.expectNoConsoleErrors(name);
  await complete(session, opened, name);
}

async function holdConference(session, processInstanceId, meetingId, file, notId) {
  const name = 'Afhold familierådslagning';
  const opened = await openMeetingTask(session, processInstanceId, name, meetingId, notId);
  const { form } = opened;
  await expectLabels(form, ['Afhold familierådslagning', 'Familien har haft sin egen tid uden fagpersoner',
    'Referat af informationsrunden', 'Familiens plan', 'Mål for barnet', 'Mål for forældrene', 'Hvem gør hvad']);
  const filled = await form.locator('textarea').evaluateAll(areas => areas.filter(a => a.value.trim()).length);
  if (notId) log(`the second "${name}" opens with ${filled} of the plan's fields filled in`);
  if (!filled) await expectRequiredRefused(session, form, name);
  await field(form, 'Familien har haft sin egen tid').locator('input[type=checkbox]').check();
  await fillText(form, 'Referat af informationsrunden', 'Skolen og rådgiveren fortalte, hvad de ser. Familien stillede spørgsmål.'
    + (notId ? ' Familien har talt med far om morgenerne.' : ''));
  await fillText(form, 'Mål for barnet', 'Emil kommer i skole til tiden hver dag.');
  await fillText(form, 'Mål for forældrene', notId ? 'Mor og far skiftes til morgenerne; mormor tager tirsdag og torsdag.'
    : 'Mor står for morgenerne.');
  await fillText(form, 'Hvem gør hvad', 'Mormor Inge kører Emil tirsdag og torsdag. Far ringer til skolen ved fravær.');
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  if (file) await screenshot(session.page, form, file);
  await complete(session, opened, name);
  return opened;
}

/** "Godkend familiens plan"; `first(opened)`, if given, runs before the decision (e.g. a look at the meeting). */
async function approveFamilyPlan(session, processInstanceId, meetingId, { decision, reason, file, notId, first }) {
  const name = 'Godkend familiens plan';
  const opened = await openMeetingTask(session, processInstanceId, name, meetingId, notId);
  const { form } = opened;
  const label = 'Beslutning';
  await expectLabels(form, ['Godkend familiens plan', label, 'Godkend planen', 'Familien arbejder videre med planen']);
  if (await expectNoChoiceYet(form, label, name)) {
    await expectField(form, 'Begrundelse', false, 'before a decision');
    await expectRequiredRefused(session, form, name);
  }
  if (first) await first(opened);
  await check(form, label, 'Familien arbejder videre med planen');
  await expectField(form, 'Begrundelse', true, 'after "Familien arbejder videre med planen"');
  await check(form, label, 'Godkend planen');
  await expectField(form, 'Begrundelse', false, 'after "Godkend planen"');
  await check(form, label, decision);
  if (reason) {
    await settle(form);
    await expectRequiredRefused(session, form, name, { when: `"${decision}" without a reason` });
    await fillText(form, 'Begrundelse', reason);
  }
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  if (file) await screenshot(session.page, form, file);
  return opened;
}

/** Step 5: the meeting page, from the link in the header of the open task's form (a new tab), and back. */
async function meetingPage(session, { form, href, task }, number) {
  const tasklist = session.page;
  const page = await followLink(tasklist, form, MEETING_LINK, href);
  await page.getByRole('heading', { name: new RegExp(escapeRegExp(number)) }).first().waitFor();
  const text = await page.locator('body').innerText();
  const { consent } = await meeting(href.split('/').pop());
  for (const expected of ['Familierådslagning', 'Deltagere', 'Maria Nørby', 'Lise Lærer', 'Mormor Inge Nørby', 'Bente Koordinator',
    'Referat', 'Familiens spørgsmål', consent.exchangeAllowed ? 'Ja, ' : 'Nej – mødet holdes uden udveksling af oplysninger']) {
    expect(text.includes(expected), `${href} does not show "${expected}"`);
  }
  await page.screenshot({ path: SHOTS + 'meeting-page.png', fullPage: true });
  log(`meeting page ${href}: meeting-page.png`);
  session.expectNoConsoleErrors('meeting page');
  await backToTask(page, tasklist, task);
}

// ---------------------------------------------------------------- the walkthrough

await runWalkthrough('meeting-walkthrough', async ({ as }) => {
  // 1–3: the demo's TBS meeting about Emil Nørby.
  const tbs = await schoolSendsStatus();
  const cnord1 = await as('cnord1');
  await collectStatuses(cnord1, tbs);
  await holdMeeting(cnord1, tbs);
  const cnord2 = await as('cnord2');
  await carryOutActionPoint(cnord2, tbs);
  await cnord2.close();

  // 4–5: a new family group conference for Emil's case, started by cnord1 in Tasklist.
  const [childCase] = (await http('POST', `${ENGINE_REST}/process-instance?firstResult=0&maxResults=10`, ADMIN, {
    processDefinitionKey: 'childCase', variables: [{ name: 'caseId', operator: 'eq', value: tbs.caseId }],
  })).json;
  expect(childCase?.businessKey, `no childCase instance with caseId ${tbs.caseId}`);
  log(`Emil's case is ${childCase.businessKey}`);
  const dueDate = dateIn(30);
  const started = await startMeeting(cnord1, childCase.businessKey, dueDate);
  const conference = started.id;
  const conferenceMeeting = (await adminGet(`/process-instance/${conference}/variables/meetingId`)).value;
  await agreeQuestions(cnord1, conference, conferenceMeeting);
  await prepareMeeting(cnord1, conference, conferenceMeeting, dueDate);
  await collectNoStatuses(cnord1, conference, conferenceMeeting);
  const first = await holdConference(cnord1, conference, conferenceMeeting, 'meeting-conference.png');
  const revise = await approveFamilyPlan(cnord1, conference, conferenceMeeting, { decision: 'Familien arbejder videre med planen',
    reason: 'Planen skal sige, hvem der står for morgenerne, når far arbejder tidligt.', file: 'meeting-approve-plan.png' });
  await complete(cnord1, revise, 'Godkend familiens plan');
  await holdConference(cnord1, conference, conferenceMeeting, null, first.task.id);
  const approve = await approveFamilyPlan(cnord1, conference, conferenceMeeting, { decision: 'Godkend planen', notId: revise.task.id,
    first: opened => meetingPage(cnord1, opened, started.businessKey) });
  await complete(cnord1, approve, 'Godkend familiens plan');
  await awaitEnded(conference, 'the family group conference\'s process');
  const held = await meeting(conferenceMeeting);
  expect(held.status === 'HELD', `meeting ${held.number} is ${held.status} after the plan was approved`);
  log(`the process has ended; meeting ${held.number} is HELD`);
  await cnord1.close();
});
