// Filter-change round trip in the live circuit: from ticking an era to the new count on screen, alternating two views.
const { chromium } = require(process.env.PLAYWRIGHT_PACKAGE);
// The first rounds run while the server's JIT is still recompiling hot code (tiered compilation): they warm up, uncounted,
// as a server that has been up for a while would be.
const base = process.argv[2], rounds = Number(process.argv[3] || 40), warmup = Number(process.argv[4] || 60);
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base + '/');
  await page.waitForSelector('form[data-interactive=true]');
  const times = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const before = await page.locator('.count').innerText();
    const started = Date.now();
    await page.locator('#filter-era-cold-war').click();
    await page.waitForFunction(b => document.querySelector('.count').innerText !== b, before, { polling: 'raf' });
    if (i >= warmup) times.push(Date.now() - started);
  }
  times.sort((a, b) => a - b);
  const p = q => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  console.log(`filter round trip over ${rounds} (after ${warmup} warm-up rounds): p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${times[times.length - 1]} ms`);
  await browser.close();
})();
