#!/usr/bin/env node
// The process owner's loop in a real (headless) Chromium: the owner deploys a changed intake.bpmn
// as Camunda Modeler does (POST /engine-rest/deployment/create, HTTP Basic, deployment-source
// "Camunda Modeler", with the forms it references), signs in to Cockpit, opens /app/models (the
// intake now "NEJ" beside the code), the model's page with its versions, downloads the deployed
// XML (named intake.bpmn, the edited file), and opens the proposal to move version 1's cases to
// version 2. Checks Danish text and no raw codes at 1400 px and 390 px; a caseworker gets 403.
// Saves docs/screenshots/models*.png for docs/process-owners.md.
//
// Usage: start the application with its demo data (`./mvnw spring-boot:run`), then
//   node tools/models-walkthrough.mjs
// Environment: TRAPPEN_URL, TRAPPEN_PASSWORD, CHROMIUM_PATH as in tasklist-driver.mjs.
// It deploys a new version of intake each run (a renamed task label), as an owner would.

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { BASE, PASSWORD, CHROMIUM, CHROMIUM_ARGS, SHOTS, log, expect, newContext } from './tasklist-driver.mjs';

const root = new URL('../', import.meta.url);
const basic = user => 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64');
// What must never reach an owner's eyes: the engine's and our enums, Java, raw sources.
const RAW = [/\bMODELER\b/, /\bAPPLICATION\b/, /\bPROCESS\b/, /\bDECISION\b/, /process application/, /\bnull\b/,
  /Exception/, /undefined/, /T\d\d:\d\d:\d\d/];

async function deployFromModeler() {
  const original = readFileSync(new URL('bpmn/intake.bpmn', root), 'utf8');
  const edited = original.replace('name="Vurdér underretning"', 'name="Vurdér underretningen"');
  expect(edited !== original, 'the label to rename is not in bpmn/intake.bpmn');
  const form = new FormData();
  form.append('deployment-name', 'intake');
  form.append('deployment-source', 'Camunda Modeler');
  form.append('data', new Blob([edited], { type: 'text/xml' }), 'intake.bpmn');
  for (const id of new Set([...edited.matchAll(/camunda:formRef="([A-Za-z0-9_]+)"/g)].map(m => m[1]))) {
    form.append(id, new Blob([readFileSync(new URL(`forms/${id}.form`, root))]), `${id}.form`);
  }
  const response = await fetch(`${BASE}/engine-rest/deployment/create`, {
    method: 'POST', headers: { authorization: basic('owner') }, body: form,
  });
  expect(response.ok, `the Modeler-style deployment answered ${response.status}: ${await response.text()}`);
  return edited;
}

async function signIn(browser, user, app, width) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 1000 });
  await page.goto(`${BASE}/camunda/app/${app}/`);
  await page.locator('input[ng-model=username]').fill(user);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.locator('form[name=signinForm] button[type=submit]').click();
  await page.waitForURL(url => !url.hash.includes('login'), { timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(1500);
  return { context, page };
}

function danish(text, where) {
  for (const raw of RAW) {
    expect(!raw.test(text), `${where} shows a raw code (${raw}): ${text.match(raw)?.[0]}`);
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const edited = await deployFromModeler();
  log('owner deployed intake.bpmn with a renamed task label, as Camunda Modeler does');

  for (const width of [1400, 390]) {
    const suffix = width === 1400 ? '' : '-mobile';
    const { context, page } = await signIn(browser, 'owner', 'cockpit', width);

    let response = await page.goto(`${BASE}/app/models`);
    expect(response.status() === 200, `/app/models answered ${response.status()}`);
    let text = await page.locator('body').innerText();
    expect(text.includes('Modeller') && text.includes('Svarer til koden') && text.includes('Modtagelse af underretning'),
      'the models page is not the Danish list');
    expect(text.includes('NEJ – ændret uden for koden') && text.includes('Camunda Modeler'),
      'the drifted intake is not marked');
    expect(text.includes('Applikationen (bpmn/ i koden)'), 'the build\'s deployments are not named');
    danish(text, '/app/models');
    await page.screenshot({ path: `${SHOTS}models${suffix}.png`, fullPage: true });
    log(`${width}px: /app/models lists the models, intake marked as changed outside the code`);

    await page.getByRole('link', { name: 'Modtagelse af underretning' }).click();
    await page.waitForLoadState();
    text = await page.locator('body').innerText();
    expect(text.includes('Udrullede versioner') && text.includes('Kørende sager') && text.includes('Olivia Procesejer'),
      'the model page lacks its versions or who deployed');
    danish(text, '/app/models/intake');
    await page.screenshot({ path: `${SHOTS}models-intake${suffix}.png`, fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent intake.bpmn' }).first().click(),
    ]);
    expect(download.suggestedFilename() === 'intake.bpmn', `the download is named ${download.suggestedFilename()}`);
    const downloaded = readFileSync(await download.path(), 'utf8');
    expect(downloaded.includes('Vurdér underretningen'), 'the newest version\'s download is not the deployed file');
    log(`${width}px: the model page shows its versions; the newest downloads as intake.bpmn (${downloaded.length} chars)`);

    await page.locator('select[name=fromVersion]').selectOption('1');
    const versions = await page.locator('select[name=toVersion] option').allInnerTexts();
    await page.locator('select[name=toVersion]').selectOption(versions[0]);
    await page.getByRole('button', { name: 'Vis forslag' }).click();
    await page.waitForLoadState();
    text = await page.locator('body').innerText();
    expect(text.includes('Trin der passer sammen') && text.includes('Vurdér underretningen'),
      'the proposal does not show the mapped tasks');
    danish(text, 'the migration proposal');
    await page.screenshot({ path: `${SHOTS}models-migration${suffix}.png`, fullPage: true });
    log(`${width}px: the proposal from version 1 to ${versions[0]} maps the renamed task`);
    await context.close();
  }

  const caseworker = await signIn(browser, 'cnord1', 'tasklist', 1400);
  const refused = await caseworker.page.goto(`${BASE}/app/models`);
  expect(refused.status() === 403, `a caseworker's /app/models answered ${refused.status()}`);
  expect((await caseworker.page.locator('body').innerText()).includes('Ingen adgang'), 'the refusal is not Danish');
  log('cnord1: /app/models refused (403, "Ingen adgang")');
  await caseworker.context.close();
  log('done');
} catch (error) {
  console.error('✗', error.message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
