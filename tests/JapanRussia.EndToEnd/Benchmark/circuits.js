// Memory per Blazor circuit: opens N timeline pages from headless Chromium (each page is one live circuit), then
// reads the server's resident memory. Usage: node circuits.js BASE_URL COUNT SERVER_PID
const fs = require('fs');
const { chromium } = require(process.env.PLAYWRIGHT_PACKAGE);
const [base, count, pid] = [process.argv[2], Number(process.argv[3] || 200), process.argv[4]];
const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
const sleep = ms => new Promise(r => setTimeout(r, ms));
(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    // Background pages must keep their keep-alive pings, or the server would drop their circuits mid-measurement.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows', '--renderer-process-limit=8'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // One circuit first, so that what every circuit shares (compiled code, caches) is not counted per circuit.
  const first = await context.newPage();
  await first.goto(base + '/');
  await first.waitForSelector('form[data-interactive=true]');
  await sleep(3000);
  const before = rssKb();
  const pages = [];
  for (let i = 1; i < count; i++) {
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.waitForSelector('form[data-interactive=true]');
    pages.push(page);
  }
  await sleep(5000);
  const after = rssKb();
  // A page whose circuit dropped shows the reconnect dialog; count the pages still connected.
  const alive = await Promise.all([first, ...pages].map(p => p.evaluate(() => !document.querySelector('#components-reconnect-modal')?.open)));
  const perCircuit = (after - before) / (count - 1);
  console.log(`circuits=${count} alive=${alive.filter(Boolean).length} rss_before_mb=${(before / 1024).toFixed(0)} rss_after_mb=${(after / 1024).toFixed(0)} per_circuit_kb=${perCircuit.toFixed(0)}`);
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
