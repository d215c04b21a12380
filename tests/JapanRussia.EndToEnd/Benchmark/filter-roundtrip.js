// Filter-change round trip, alternating two views: from ticking an era to the frame that shows the new count. A change
// is an enhanced navigation: the page's script fetches the new page and Blazor patches the document with it. Timed inside
// the page (click to the first animation frame after the list changed), so that the figure is what a reader waits for;
// Playwright's own click (actionability checks, protocol hops) is printed beside it.
// The first rounds run while the server's JIT is still recompiling hot code (tiered compilation): they warm up,
// uncounted, as a server that has been up for a while would be.
const { chromium } = require(process.env.PLAYWRIGHT_PACKAGE);
const base = process.argv[2], rounds = Number(process.argv[3] || 40), warmup = Number(process.argv[4] || 60);
const percentiles = times => {
  times.sort((a, b) => a - b);
  const p = q => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return `p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`;
};
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base + '/');
  await page.waitForSelector('form.filter-panel[data-live]', { state: 'attached' });
  const inPage = [], driven = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const ms = await page.evaluate(() => new Promise(resolve => {
      const before = document.querySelector('.count').innerText;
      const started = performance.now();
      const observer = new MutationObserver(() => {
        if (document.querySelector('.count')?.innerText !== before) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - started));
        }
      });
      observer.observe(document.body, { childList: true, characterData: true, subtree: true });
      document.querySelector('#filter-era-cold-war').click();
    }));
    if (i >= warmup) inPage.push(ms);
  }
  for (let i = 0; i < rounds; i++) {
    const before = await page.locator('.count').innerText();
    const started = Date.now();
    await page.locator('#filter-era-cold-war').click();
    await page.waitForFunction(b => document.querySelector('.count').innerText !== b, before, { polling: 'raf' });
    driven.push(Date.now() - started);
  }
  console.log(`filter round trip over ${rounds} (after ${warmup} warm-up rounds), click to the frame showing the new list: ${percentiles(inPage)}`);
  console.log(`the same driven by Playwright's click (adds its actionability checks and protocol hops): ${percentiles(driven)}`);
  await browser.close();
})();
