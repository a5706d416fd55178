#!/usr/bin/env node
// Renders every BPMN model in bpmn/ to docs/diagrams/<name>.svg and .png with the bpmn-js viewer
// in headless Chromium, and checks the layout for things a reader trips over:
//   - import warnings (they mean broken or missing DI),
//   - shapes whose bounding boxes overlap,
//   - sequence flows whose segments run through a shape that is neither their source nor target,
//   - labels that overlap other labels, shapes, or sequence flows other than their own,
//   - sequence flows that run along each other closer than 20 px,
//   - flow labels that sit nearer to another flow than to their own, or far from it.
//
// Usage: node tools/render-diagrams.mjs [--strict] [--no-png] [--out DIR] [FILE.bpmn ...]
//   --strict   exit 1 on any warning (import warning, overlap, crossing); without it only an
//              import error (or a browser failure) makes the exit code non-zero
//   CHROMIUM   path of the Chromium binary (default /usr/bin/chromium)

import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VIEWER = path.join(ROOT, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js');
const CSS = [
  path.join(ROOT, 'node_modules/bpmn-js/dist/assets/diagram-js.css'),
  path.join(ROOT, 'node_modules/bpmn-js/dist/assets/bpmn-js.css'),
];
const MARGIN = 20; // px around the diagram in the PNG
const MAX_WIDTH = 3000; // px; a wider diagram is scaled down to fit
const MAX_HEIGHT = 3000;
const SHRINK = 2; // px a shape is shrunk by before a flow segment is tested against it
const FLOW_MIN_GAP = 20; // px below which two parallel flows are hard to tell apart
const LABEL_MAX_DISTANCE = 30; // px a flow's label may sit away from its flow

function parseArgs(argv) {
  const opts = { strict: false, png: true, out: path.join(ROOT, 'docs/diagrams'), files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--strict') opts.strict = true;
    else if (a === '--no-png') opts.png = false;
    else if (a === '--out') opts.out = path.resolve(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('Usage: node tools/render-diagrams.mjs [--strict] [--no-png] [--out DIR] [FILE.bpmn ...]');
      process.exit(0);
    } else if (a.startsWith('-')) {
      console.error(`unknown option ${a}`);
      process.exit(2);
    } else opts.files.push(path.resolve(a));
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// geometry (plain Node, on data collected from the page)

const right = (r) => r.x + r.width;
const bottom = (r) => r.y + r.height;

function rectsOverlap(a, b) {
  // strictly: touching edges are not an overlap
  return a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
}

function shrink(r, d) {
  return { x: r.x + d, y: r.y + d, width: Math.max(0, r.width - 2 * d), height: Math.max(0, r.height - 2 * d) };
}

// Liang–Barsky: does the segment p–q enter the rectangle r (interior or boundary)?
function segmentHitsRect(p, q, r) {
  if (r.width <= 0 || r.height <= 0) return false;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const checks = [
    [-dx, p.x - r.x],
    [dx, right(r) - p.x],
    [-dy, p.y - r.y],
    [dy, bottom(r) - p.y],
  ];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0) return false; // parallel and outside
    } else {
      const t = qq / pp;
      if (pp < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
  }
  return t0 <= t1;
}

function pointSegmentDistance(p, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function pointRectDistance(p, r) {
  const dx = Math.max(r.x - p.x, 0, p.x - right(r));
  const dy = Math.max(r.y - p.y, 0, p.y - bottom(r));
  return Math.hypot(dx, dy);
}

// shortest distance between a rectangle and a polyline (0 if they touch)
function rectPolylineDistance(r, waypoints) {
  let d = Infinity;
  const corners = [
    { x: r.x, y: r.y },
    { x: right(r), y: r.y },
    { x: r.x, y: bottom(r) },
    { x: right(r), y: bottom(r) },
  ];
  for (const [a, b] of segments(waypoints)) {
    if (segmentHitsRect(a, b, r)) return 0;
    for (const c of corners) d = Math.min(d, pointSegmentDistance(c, a, b));
    d = Math.min(d, pointRectDistance(a, r), pointRectDistance(b, r));
  }
  return d;
}

function segments(waypoints) {
  const segs = [];
  for (let i = 0; i + 1 < waypoints.length; i++) segs.push([waypoints[i], waypoints[i + 1]]);
  return segs;
}

const fmt = (r) => `(${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)})`;
const name = (e) => (e.name ? `${e.id} "${e.name.replace(/\s+/g, ' ')}"` : e.id);

function isAncestor(byId, ancestorId, el) {
  for (let p = el.parent; p; p = byId.get(p)?.parent) if (p === ancestorId) return true;
  return false;
}

function checkLayout({ shapes, flows, labels }) {
  const warnings = [];
  const byId = new Map([...shapes, ...flows].map((e) => [e.id, e]));
  const isContainerType = (t) => t === 'bpmn:Lane' || t === 'bpmn:Participant' || t === 'bpmn:Group';

  // 1. shapes overlapping shapes
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const a = shapes[i];
      const b = shapes[j];
      if (a.type === 'bpmn:Group' || b.type === 'bpmn:Group') continue; // groups enclose by design
      if (a.host === b.id || b.host === a.id) continue; // boundary event on its host
      if (isAncestor(byId, a.id, b) || isAncestor(byId, b.id, a)) continue; // pool/lane/sub-process and its content
      if (a.type === 'bpmn:Lane' && b.type === 'bpmn:Lane') continue; // sibling lanes share edges
      if (rectsOverlap(a, b)) {
        warnings.push(`overlap: ${name(a)} ${fmt(a)} and ${name(b)} ${fmt(b)}`);
      }
    }
  }

  // 2. sequence flow segments through shapes other than source/target
  for (const f of flows) {
    if (f.type !== 'bpmn:SequenceFlow') continue;
    const hit = new Set();
    for (const s of shapes) {
      if (s.id === f.source || s.id === f.target) continue;
      if (isContainerType(s.type)) continue;
      if (isAncestor(byId, s.id, f)) continue; // the sub-process the flow lives in
      const r = shrink(s, SHRINK);
      segments(f.waypoints).forEach(([p, q], k) => {
        if (!hit.has(s.id) && segmentHitsRect(p, q, r)) {
          hit.add(s.id);
          warnings.push(
            `flow crosses shape: ${name(f)} (${f.source} → ${f.target}), segment ${k + 1} ` +
              `(${p.x},${p.y})→(${q.x},${q.y}) runs through ${name(s)} ${fmt(s)}`,
          );
        }
      });
    }
  }

  // 3. labels (as rendered, from the text's bounding box) against labels, shapes and flows
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (rectsOverlap(labels[i], labels[j])) {
        warnings.push(
          `labels overlap: label of ${name(byId.get(labels[i].owner))} ${fmt(labels[i])} and label of ` +
            `${name(byId.get(labels[j].owner))} ${fmt(labels[j])}`,
        );
      }
    }
  }
  for (const l of labels) {
    const owner = byId.get(l.owner);
    for (const s of shapes) {
      if (s.id === l.owner || isContainerType(s.type) || s.type === 'bpmn:SubProcess') continue;
      if (rectsOverlap(l, s)) {
        warnings.push(`label over shape: label of ${name(owner)} ${fmt(l)} overlaps ${name(s)} ${fmt(s)}`);
      }
    }
    for (const f of flows) {
      if (f.id === l.owner) continue;
      if (segments(f.waypoints).some(([p, q]) => segmentHitsRect(p, q, shrink(l, 1)))) {
        warnings.push(`label over flow: label of ${name(owner)} ${fmt(l)} is crossed by ${name(f)} (${f.source} → ${f.target})`);
      }
    }
  }

  // 4. sequence flows that run along each other (parallel axis-aligned segments closer than
  //    FLOW_MIN_GAP px over more than FLOW_MIN_GAP px of length) are hard to tell apart
  const seqFlows = flows.filter((f) => f.type === 'bpmn:SequenceFlow');
  const axisSegments = (f) =>
    segments(f.waypoints)
      .map(([p, q]) => {
        if (Math.abs(p.x - q.x) < 1) return { dir: 'v', at: p.x, from: Math.min(p.y, q.y), to: Math.max(p.y, q.y) };
        if (Math.abs(p.y - q.y) < 1) return { dir: 'h', at: p.y, from: Math.min(p.x, q.x), to: Math.max(p.x, q.x) };
        return null;
      })
      .filter(Boolean);
  for (let i = 0; i < seqFlows.length; i++) {
    for (let j = i + 1; j < seqFlows.length; j++) {
      const a = seqFlows[i];
      const b = seqFlows[j];
      let worst = null;
      for (const sa of axisSegments(a)) {
        for (const sb of axisSegments(b)) {
          if (sa.dir !== sb.dir) continue;
          const gap = Math.abs(sa.at - sb.at);
          const along = Math.min(sa.to, sb.to) - Math.max(sa.from, sb.from);
          if (gap < FLOW_MIN_GAP && along > FLOW_MIN_GAP && (!worst || gap < worst.gap)) worst = { gap, along, dir: sa.dir };
        }
      }
      if (worst) {
        const how = worst.gap < 1 ? 'share' : `run ${Math.round(worst.gap)} px apart along`;
        warnings.push(
          `flows run together: ${name(a)} (${a.source} → ${a.target}) and ${name(b)} (${b.source} → ${b.target}) ` +
            `${how} ${Math.round(worst.along)} px of ${worst.dir === 'v' ? 'vertical' : 'horizontal'} line`,
        );
      }
    }
  }

  // 5. a flow's label should sit nearer to its own flow than to any other one
  for (const l of labels) {
    const own = byId.get(l.owner);
    if (!own?.waypoints) continue;
    const dOwn = rectPolylineDistance(l, own.waypoints);
    let nearest = null;
    let dNearest = Infinity;
    for (const f of flows) {
      if (f.id === own.id) continue;
      const d = rectPolylineDistance(l, f.waypoints);
      if (d < dNearest) [nearest, dNearest] = [f, d];
    }
    if (nearest && dNearest < dOwn) {
      warnings.push(
        `label nearer to another flow: label of ${name(own)} ${fmt(l)} is ${Math.round(dOwn)} px from its own flow ` +
          `but ${Math.round(dNearest)} px from ${name(nearest)} (${nearest.source} → ${nearest.target})`,
      );
    } else if (dOwn > LABEL_MAX_DISTANCE) {
      warnings.push(`label far from its flow: label of ${name(own)} ${fmt(l)} is ${Math.round(dOwn)} px from it`);
    }
  }
  return warnings;
}

// ---------------------------------------------------------------------------------------------
// browser side

async function renderOne(browser, file, opts) {
  const base = path.basename(file, '.bpmn');
  const xml = await readFile(file, 'utf8');
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  try {
    await page.setContent(
      '<!doctype html><html><head><meta charset="utf-8"><style>' +
        'html,body{margin:0;padding:0;background:#fff}#canvas{position:absolute;left:0;top:0;width:100%;height:100%}' +
        '</style></head><body><div id="canvas"></div></body></html>',
    );
    for (const css of CSS) await page.addStyleTag({ path: css });
    await page.addScriptTag({ path: VIEWER });

    const result = await page.evaluate(async (xml) => {
      // eslint-disable-next-line no-undef
      const viewer = new BpmnJS({ container: '#canvas' });
      window.viewer = viewer;
      let warnings = [];
      try {
        ({ warnings } = await viewer.importXML(xml));
      } catch (err) {
        return { error: err.message, warnings: (err.warnings || []).map((w) => w.message) };
      }
      const canvas = viewer.get('canvas');
      const registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      const { svg } = await viewer.saveSVG();

      const root = canvas.getRootElement();
      const plain = (e) => ({
        id: e.id,
        type: e.type,
        name: e.businessObject?.name || '',
        parent: e.parent?.id,
      });
      const shapes = registry
        .filter((e) => !e.waypoints && e.type !== 'label' && e !== root && e.parent)
        .map((e) => ({ ...plain(e), x: e.x, y: e.y, width: e.width, height: e.height, host: e.host?.id }));
      const flows = registry
        .filter((e) => e.waypoints)
        .map((e) => ({
          ...plain(e),
          source: e.source?.id,
          target: e.target?.id,
          waypoints: e.waypoints.map((p) => ({ x: p.x, y: p.y })),
        }));
      const labels = registry
        .filter((e) => e.type === 'label' && !e.hidden)
        .map((e) => {
          const text = registry.getGraphics(e)?.querySelector('.djs-visual text');
          if (!text || !text.textContent.trim()) return null;
          const b = text.getBBox(); // local to the label's group, which is translated to (e.x, e.y)
          return { owner: e.labelTarget.id, x: e.x + b.x, y: e.y + b.y, width: b.width, height: b.height };
        })
        .filter(Boolean);
      return { warnings: warnings.map((w) => w.message), svg, shapes, flows, labels };
    }, xml);

    if (result.error) {
      return { base, error: result.error, importWarnings: result.warnings, layoutWarnings: [], pageErrors };
    }

    await mkdir(opts.out, { recursive: true });
    const svgFile = path.join(opts.out, `${base}.svg`);
    await writeFile(svgFile, result.svg.endsWith('\n') ? result.svg : result.svg + '\n');
    const written = [svgFile];

    if (opts.png) {
      // size the viewport from the SVG's viewBox, at scale 1.0, capped; fit-viewport scales down only
      const m = /viewBox="([-\d.e]+)\s+([-\d.e]+)\s+([\d.e]+)\s+([\d.e]+)"/.exec(result.svg);
      const vbW = m ? parseFloat(m[3]) : 1600;
      const vbH = m ? parseFloat(m[4]) : 1000;
      const width = Math.min(MAX_WIDTH, Math.ceil(vbW) + 2 * MARGIN);
      const height = Math.min(MAX_HEIGHT, Math.ceil(vbH) + 2 * MARGIN);
      await page.setViewportSize({ width, height });
      await page.evaluate(() => {
        const canvas = window.viewer.get('canvas');
        canvas.resized();
        canvas.zoom('fit-viewport', 'auto');
      });
      const pngFile = path.join(opts.out, `${base}.png`);
      await page.locator('#canvas').screenshot({ path: pngFile, animations: 'disabled' });
      written.push(pngFile);
    }

    return {
      base,
      written,
      importWarnings: result.warnings,
      layoutWarnings: checkLayout(result),
      pageErrors,
    };
  } finally {
    await context.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.files.length === 0) {
    const dir = path.join(ROOT, 'bpmn');
    opts.files = (await readdir(dir)).filter((f) => f.endsWith('.bpmn')).sort().map((f) => path.join(dir, f));
  }
  if (opts.files.length === 0) {
    console.error('no .bpmn files found');
    return 1;
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  let errors = 0;
  let warnings = 0;
  try {
    for (const file of opts.files) {
      const rel = path.relative(ROOT, file);
      const r = await renderOne(browser, file, opts);
      if (r.error) {
        errors++;
        console.error(`${rel}: IMPORT ERROR: ${r.error}`);
      } else {
        console.log(`${rel}: wrote ${r.written.map((w) => path.relative(ROOT, w)).join(', ')}`);
      }
      for (const w of r.importWarnings) console.warn(`${rel}: import warning: ${w}`);
      for (const w of r.layoutWarnings) console.warn(`${rel}: ${w}`);
      for (const w of r.pageErrors) console.warn(`${rel}: browser error: ${w}`);
      warnings += r.importWarnings.length + r.layoutWarnings.length + r.pageErrors.length;
    }
  } finally {
    await browser.close();
  }

  console.log(`${opts.files.length} model(s), ${errors} import error(s), ${warnings} warning(s)`);
  if (errors) return 1;
  if (opts.strict && warnings) return 1;
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
