#!/usr/bin/env node
// Walks the intensive home-based intervention (process `intensiveHomeIntervention`) through Camunda
// Tasklist in a real (headless) Chromium on a fresh demo, and saves screenshots for the docs:
//
//   1. lnord approves Clara Bech's intensive intervention ("Godkend indsats"), cnord2 grants it in
//      "Træf afgørelse" with the parents' consent: the grant starts it.
//   2. lnord, "Sammensæt team" (form composeTeam): at risk of placement; the follow-up caseworker
//      from the team's other caseworkers, the two therapists from the family therapists (selects
//      filled from the task's options)                    → intervention-team.png
//   3. therapist2, "Uge 1: fokuspunkter og kontakter" (form recordWeek): focus points tied to the
//      plan's goal 1, one contact at home with an ORS score  → intervention-week.png
//   4. therapist, "Registrér afklaringssession" (form recordSession): a MIM session
//   Then the case's intervention over the API: the team, phase 1, one contact of 90 minutes, one session.
//
// Usage: start a fresh demo (`./mvnw spring-boot:run` on an empty database), then
//   node tools/intervention-walkthrough.mjs   (TRAPPEN_URL, TRAPPEN_PASSWORD, CHROMIUM_PATH as in tasklist-driver.mjs)
// Exits non-zero, with the reason, when a step fails.

import {
  BASE, PASSWORD, log, expect, field, fillText, check, choose, typeDate, dateIn, settle, expectField, expectLabels,
  expectNoFieldErrors, engine, openTask, complete, screenshot, runWalkthrough,
} from './tasklist-driver.mjs';

const CHILD_CASE = { processDefinitionKey: 'childCase' };
const INTERVENTION = { processDefinitionKey: 'intensiveHomeIntervention' };

async function approve(session) {
  const name = 'Godkend indsats';
  const opened = await openTask(session, CHILD_CASE, name, { what: 'Clara' });
  await check(opened.form, 'Beslutning', 'Godkend');
  await settle(opened.form);
  await complete(session, opened, name);
}

/** "Træf afgørelse": the caseworker grants the approved intervention with the parents' consent (issue 15). */
async function decide(session) {
  const name = 'Træf afgørelse';
  const opened = await openTask(session, { processDefinitionKey: 'decision' }, name, { what: 'Clara' });
  const { form } = opened;
  await check(form, 'Afgørelse', 'Bevilg indsatsen');
  await fillText(form, 'Begrundelse', 'Familien har brug for intensiv støtte i hjemmet, så Clara kan blive boende; forældrene ønsker den.');
  await choose(form, 'Samtykke fra forældremyndighedens indehavere', 'Givet');
  await settle(form);
  await expectNoFieldErrors(form, name);
  await complete(session, opened, name);
}

async function composeTeam(session) {
  const name = 'Sammensæt team';
  const opened = await openTask(session, INTERVENTION, name, { what: 'intensiveHomeIntervention' });
  const { form, task } = opened;
  const caseId = (await engine(session, `/task/${task.id}/variables/caseId`)).value;
  await expectLabels(form, ['Intensiv hjemmebaseret indsats: sammensæt teamet', 'Er barnet i risiko for anbringelse?']);
  await expectField(form, 'Familiebehandler 1', false, 'before the family is found to be in the target group');
  await check(form, 'Er barnet i risiko for anbringelse?', 'Nej');
  await expectField(form, 'Hvorfor er familien ikke i målgruppen?', true, 'when not at risk');
  await check(form, 'Er barnet i risiko for anbringelse?', 'Ja');
  await expectField(form, 'Hvorfor er familien ikke i målgruppen?', false, 'when at risk');
  await choose(form, 'Opfølgningsrådgiver (koordinerer)', 'Camilla Nordby');
  await choose(form, 'Familiebehandler 1', 'Tove Familiebehandler');
  await choose(form, 'Familiebehandler 2', 'Theis Terapeut');
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'intervention-team.png');
  await complete(session, opened, name);
  return caseId;
}

async function week(session) {
  const name = 'Uge 1: fokuspunkter og kontakter';
  const opened = await openTask(session, INTERVENTION, name, { what: 'intensiveHomeIntervention' });
  const { form } = opened;
  await expectLabels(form, ['Uge 1: spor 2, behandling og rådgivning', 'Ugens fokuspunkter, aftalt med forældrene',
    'Mål 1 i barnets plan', 'Kontakt 1: dato', 'Kontakt 1: FIT-skala']);
  await fillText(form, 'Ugens fokuspunkter, aftalt med forældrene', 'Faste sengetider og ros, når Clara siger fra med ord.');
  await field(form, 'Mål 1 i barnets plan').locator('input[type=checkbox]').check();
  await typeDate(field(form, 'Kontakt 1: dato').locator('input.flatpickr-input'), dateIn(0));
  await choose(form, 'Kontakt 1: sted', 'I hjemmet');
  await fillText(form, 'Kontakt 1: varighed (minutter)', '90');
  await fillText(form, 'Kontakt 1: hvem deltog', 'Mor, Clara og begge familiebehandlere');
  await choose(form, 'Kontakt 1: FIT-skala', 'ORS');
  await fillText(form, 'Kontakt 1: FIT-score (0–40)', '24');
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'intervention-week.png');
  await complete(session, opened, name);
}

async function session1(session) {
  const name = 'Registrér afklaringssession';
  const opened = await openTask(session, INTERVENTION, name, { what: 'intensiveHomeIntervention' });
  const { form } = opened;
  await choose(form, 'Metode', 'Marschak Interaction Method (MIM)');
  await expectField(form, 'Anden metode', false, 'a named method');
  await typeDate(field(form, 'Dato').locator('input.flatpickr-input'), dateIn(0));
  await fillText(form, 'Deltagere', 'Mor, Clara og Tove Familiebehandler');
  await fillText(form, 'Resumé', 'Mor følger Claras initiativ i legen, men trækker sig, når Clara bliver vred.');
  await settle(form);
  await expectNoFieldErrors(form, name);
  await complete(session, opened, name);
}

await runWalkthrough('intervention', async ({ as }) => {
  const lnord = await as('lnord');
  await approve(lnord);
  const cnord2 = await as('cnord2');
  await decide(cnord2);
  await cnord2.close();
  const caseId = await composeTeam(lnord);
  await lnord.close();
  const therapist2 = await as('therapist2');
  therapist2.filter = 'Mine opgaver'; // the family's two therapists are its tasks' candidate users
  await week(therapist2);
  await therapist2.close();
  const therapist = await as('therapist');
  therapist.filter = 'Mine opgaver';
  await session1(therapist);
  await therapist.close();

  const auth = 'Basic ' + Buffer.from(`lnord:${PASSWORD}`).toString('base64');
  const view = await (await fetch(`${BASE}/api/cases/${caseId}/intervention`, { headers: { authorization: auth } })).json();
  expect(view.team.followUpCaseworker === 'cnord1' && view.team.therapist1 === 'therapist' && view.team.therapist2 === 'therapist2',
    `the team: ${JSON.stringify(view.team)}`);
  expect(view.phase === 1 && view.totalContacts === 1 && view.totalHours === 1.5 && view.sessions.length === 1,
    `the intervention: phase ${view.phase}, ${view.totalContacts} contacts, ${view.totalHours} hours, ${view.sessions.length} sessions`);
  log(`intervention ${view.id}: ${view.phaseName}, ${view.totalHours} hours with the family in week 1, 1 session`);
});
