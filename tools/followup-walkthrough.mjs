#!/usr/bin/env node
// Walks the follow-up forms (process `followUp`, "Opfølgning af indsats") through Camunda Tasklist
// in a real (headless) Chromium, as the demo's caseworker would, and saves screenshots for the docs:
//
//   1. cnord1, Emil Nørby's "Forbered opfølgning" (form prepareFollowUp): no meeting, the child's
//      own words                                          → followup-prepare.png
//   2. cnord1, the next task "Gennemfør opfølgning" (form holdFollowUp): the plan's two goals are
//      shown (goal 3 and 4 hidden), a score outside 1–10 is refused, the child heard, FIT, and the
//      decision "Fortsæt indsatsen" (a reason is asked for only when not continuing)
//                                                        → followup-hold.png
//   The next follow-up must then be planned 3 months later (Herning), checked over the engine's API.
//
// It needs a fresh demo (`./mvnw spring-boot:run` on an empty database): Emil's PMT-O has run for
// almost 3 months there, so its first follow-up is being prepared.
//
// Usage: node tools/followup-walkthrough.mjs   (TRAPPEN_URL, TRAPPEN_PASSWORD, CHROMIUM_PATH as in
// tasklist-driver.mjs). Exits non-zero, with the reason, when a step fails.

import {
  choose,
  BASE, PASSWORD, log, expect, field, fillText, check, typeDate, dateIn, settle, expectField, expectLabels, expectNoFieldErrors, engine,
  openTask, complete, screenshot, awaitTask, runWalkthrough,
} from './tasklist-driver.mjs';

const query = { processDefinitionKey: 'followUp' };

async function prepare(session) {
  const name = 'Forbered opfølgning';
  const opened = await openTask(session, query, name, { what: 'followUp' });
  const { form } = opened;
  await expectLabels(form, ['Opfølgning på indsats nr.', 'Indkald til opfølgningsmøde med samarbejdspartnerne?',
    'Barnets egne ord om, hvordan det går']);
  await check(form, 'Indkald til opfølgningsmøde med samarbejdspartnerne?', 'Nej, opfølgning uden møde');
  await fillText(form, 'Barnets egne ord om, hvordan det går', 'Emil siger, at han bliver mindre vred, og at far hjælper med lektier.');
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'followup-prepare.png');
  await complete(session, opened, name);
  return opened;
}

async function hold(session, notId) {
  const name = 'Gennemfør opfølgning';
  await awaitTask(session, query, name, notId, 'followUp');
  const opened = await openTask(session, query, name, { notId, what: 'followUp' });
  const { form, task } = opened;
  const caseId = (await engine(session, `/task/${task.id}/variables/caseId`)).value;
  await expectLabels(form, ['Opfølgningen er holdt den', 'Mål 1: fremgang (1–10)', 'Mål 2: fremgang (1–10)', 'Er barnet hørt?',
    'Beslutning', 'Fortsæt indsatsen', 'Trin ned: en mindre indgribende indsats', 'Afslut indsatsen']);
  await expectField(form, 'Mål 3: fremgang (1–10)', false, 'the plan has two goals');
  await expectField(form, 'Kan barnet komme hjem (hjemgivelse)?', false, 'not a placement');
  await typeDate(field(form, 'Opfølgningen er holdt den').locator('input.flatpickr-input'), dateIn(0));
  await fillText(form, 'Mål 1: fremgang (1–10)', '7');
  await fillText(form, 'Mål 1: bemærkning', 'Færre udbrud derhjemme.');
  await fillText(form, 'Mål 2: fremgang (1–10)', '5');
  await check(form, 'Er barnet hørt?', 'Ja');
  await expectField(form, 'Hvorfor er barnet ikke hørt?', false, 'the child was heard');
  // ORS and SRS are two scores, never averaged together (issue 16, point 10).
  await fillText(form, 'FIT: ORS – hvordan det går (0–40), hvis den bruges', '22');
  await fillText(form, 'FIT: SRS – samtalen og samarbejdet (0–40), hvis den bruges', '36');
  // The first follow-up decides the case's own cadence, with reasons given to the family (§ 95 stk. 3).
  await expectField(form, 'Opfølgning fremover', true, 'at the first follow-up');
  await choose(form, 'Opfølgning fremover', 'Hver 3. måned');
  await settle(form);
  await fillText(form, 'Begrundelse for kadencen', 'Forløbet går godt; hver 3. måned er nok til at se fremgangen.');
  await settle(form);
  await field(form, 'Begrundelsen er givet til barnet og forældrene').locator('input').check();
  await check(form, 'Beslutning', 'Afslut indsatsen');
  await expectField(form, 'Begrundelse for beslutningen', true, 'when not continuing');
  // Ending the measure is a decision with a letter (issue 15): the custody holders, where none are known yet.
  await expectField(form, 'Forældremyndighedens indehavere', true, 'when ending the measure');
  await check(form, 'Beslutning', 'Fortsæt indsatsen');
  await expectField(form, 'Begrundelse for beslutningen', false, 'when continuing');
  await expectField(form, 'Forældremyndighedens indehavere', false, 'when continuing');
  await settle(form);
  await expectNoFieldErrors(form, name);
  session.expectNoConsoleErrors(name);
  await screenshot(session.page, form, 'followup-hold.png');
  await complete(session, opened, name);
  return caseId;
}

await runWalkthrough('followup', async ({ as }) => {
  const cnord1 = await as('cnord1');
  const prepared = await prepare(cnord1);
  const caseId = await hold(cnord1, prepared.task.id);
  // The product's API (HTTP Basic): the follow-up held with its scores, and the next one planned.
  const auth = 'Basic ' + Buffer.from(`cnord1:${PASSWORD}`).toString('base64');
  let record;
  for (let attempt = 0; attempt < 40; attempt++) {
    record = await (await fetch(`${BASE}/api/cases/${caseId}/follow-ups`, { headers: { authorization: auth } })).json();
    if (record.followUps.some(f => f.status === 'PLANNED')) break;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  const heldOne = record.followUps.find(f => f.status === 'HELD');
  const next = record.followUps.find(f => f.status === 'PLANNED');
  expect(heldOne && heldOne.goals.map(g => g.score).join(',') === '7,5', `the held follow-up's scores: ${JSON.stringify(heldOne)}`);
  expect(heldOne.childView.startsWith('Emil siger'), 'the child\'s own words were not stored');
  expect(next && next.cadence === 'P3M', `no next follow-up planned 3 months on: ${JSON.stringify(record.followUps)}`);
  log(`follow-up held (scores 7 and 5, FIT ORS ${heldOne.fitOrs} / SRS ${heldOne.fitSrs}); next due ${next.dueDate}`);
  await cnord1.close();
});
