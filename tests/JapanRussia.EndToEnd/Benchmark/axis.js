// The time axis against vis-timeline over the same events, in one Chromium. Timed inside the page: the axis from the
// start of navigation to the first paint (the axis is in the server's HTML), and each zoom or pan step from the key press
// to the first frame after the new window has been patched in (an enhanced navigation); vis-timeline from creating its
// DataSet and Timeline to the frame after its first 'changed' event, and each zoom or pan (animation off) likewise.
const { chromium } = require(process.env.PLAYWRIGHT_PACKAGE);
const fs = require('fs');
const path = require('path');
const [base, eventsFile] = [process.argv[2], process.argv[3]];
const rounds = Number(process.argv[4] || 40), warmup = 10;
const summary = times => {
  times.sort((a, b) => a - b);
  const p = q => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  const ms = t => (t === Infinity ? 'over 60,000' : t.toFixed(0));
  return `p50 ${ms(p(0.5))} ms, p95 ${ms(p(0.95))} ms, max ${ms(times[times.length - 1])} ms (n=${times.length})`;
};
const keys = ['+', '+', '+', '+', '+', '+', '+', 'ArrowRight', 'ArrowRight', 'ArrowLeft', '-', '-', '-', '-', '-', '-', '-', 'ArrowLeft'];

async function axisFirstRender(page) {
  const paints = [], server = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const from = 1850 + (i % 60), to = from + 40 + (i % 7);
    await page.goto(`${base}/?from=${from}&to=${to}&view=axis`);
    await page.waitForSelector('section.axis');
    const t = await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      resolve({ paint: paint ? paint.startTime : NaN, server: nav.responseEnd - nav.requestStart });
    })));
    if (i >= warmup) { paints.push(t.paint); server.push(t.server); }
  }
  return { paints, server };
}

async function axisSteps(page) {
  await page.goto(`${base}/?view=axis`);
  await page.waitForSelector('section.axis[data-live]', { state: 'attached' });
  await page.focus('.axis-track');
  const steps = [];
  for (let i = 0; i < warmup + rounds * 2; i++) {
    const key = keys[i % keys.length];
    const ms = await page.evaluate(key => new Promise(resolve => {
      const axis = () => document.querySelector('section.axis');
      const before = `${axis().dataset.from}-${axis().dataset.to}`;
      const started = performance.now();
      const observer = new MutationObserver(() => {
        if (`${axis()?.dataset.from}-${axis()?.dataset.to}` !== before) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - started));
        }
      });
      observer.observe(document.body, { attributes: true, childList: true, subtree: true });
      // A step into a bound (earlier at the first year) changes nothing and is not counted.
      setTimeout(() => { observer.disconnect(); resolve(null); }, 3000);
      document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    }), key);
    if (i >= warmup && ms !== null) steps.push(ms);
  }
  return steps;
}

// A vis-timeline measurement that has not answered within a minute is reported as such, not waited for.
const withinAMinute = promise => Promise.race([promise, new Promise(resolve => setTimeout(() => resolve(Infinity), 60_000))]);

async function visTimeline(browser, items, options) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.setContent('<div id="timeline" style="width: 1100px"></div>');
  await page.addStyleTag({ path: path.join(process.env.VIS, 'styles', 'vis-timeline-graph2d.min.css') });
  await page.addScriptTag({ path: path.join(process.env.VIS, 'standalone', 'umd', 'vis-timeline-graph2d.min.js') });
  await page.evaluate(items => { window.items = items; }, items);
  const loads = [], steps = [];
  const visRounds = Math.max(5, Math.floor(rounds / 4));
  for (let i = 0; i < 2 + visRounds; i++) {
    const ms = await withinAMinute(page.evaluate(options => new Promise(resolve => {
      window.visTimeline?.destroy();
      const started = performance.now();
      window.visTimeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(window.items), options);
      window.visTimeline.once('changed', () => requestAnimationFrame(() => resolve(performance.now() - started)));
    }), options));
    if (ms === Infinity) return { loads: [ms], steps: [ms] };
    if (i >= 2) loads.push(ms);
  }
  for (let i = 0; i < 2 + rounds; i++) {
    const key = keys[i % keys.length];
    const ms = await withinAMinute(page.evaluate(key => new Promise(resolve => {
      const t = window.visTimeline, w = t.getWindow(), span = w.end - w.start;
      const started = performance.now();
      t.once('changed', () => requestAnimationFrame(() => resolve(performance.now() - started)));
      if (key === '+') t.zoomIn(0.5, { animation: false });
      else if (key === '-') t.zoomOut(0.5, { animation: false });
      else t.setWindow(+w.start + (key === 'ArrowRight' ? 1 : -1) * span / 4, +w.end + (key === 'ArrowRight' ? 1 : -1) * span / 4, { animation: false });
    }), key));
    if (i >= 2) steps.push(ms);
  }
  await page.close();
  return { loads, steps };
}

(async () => {
  const events = JSON.parse(fs.readFileSync(eventsFile, 'utf8'));
  const day = 24 * 3600 * 1000;
  const items = events.map(e => e.start === e.end
    ? { id: e.id, content: e.title, start: e.start, type: 'point' }
    : { id: e.id, content: e.title, start: e.start, end: new Date(Date.parse(e.end) + day).toISOString().slice(0, 10), type: 'range' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  console.log(`${events.length} events`);
  // VIS_ONLY=1 measures vis-timeline alone (the address is then unused).
  if (!process.env.VIS_ONLY) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const first = await axisFirstRender(page);
    const steps = await axisSteps(page);
    await page.close();
    console.log(`axis (server-drawn), first render, navigation start to first paint: ${summary(first.paints)}`);
    console.log(`axis (server-drawn), of which the server's answer (request to response end): ${summary(first.server)}`);
    console.log(`axis (server-drawn), zoom or pan step, key to the frame showing the new window: ${summary(steps)}`);
  }
  const window = { start: '1850-01-01', end: '2027-01-01' };
  for (const [name, options] of [['defaults', window], ['cluster on', { ...window, cluster: { maxItems: 5 } }]]) {
    const vis = await visTimeline(browser, items, options);
    console.log(`vis-timeline 8.5.4 (${name}), load of ${items.length} items to the first drawn frame: ${summary(vis.loads)}`);
    console.log(`vis-timeline 8.5.4 (${name}), zoom or pan step to the next frame: ${summary(vis.steps)}`);
  }
  await browser.close();
})();
