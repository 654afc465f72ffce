// Lighthouse (mobile profile, simulated slow 4G: its default config) on the portal's phone pages,
// in Debian's Chromium. Used by scripts/bench/phone.sh:
//   node phone.mjs BASE_URL SESSION_JSON OUT_DIR
// SESSION_JSON (from MsixPortal.Bench phone-session): the signed-in cookies, the results and record paths.
// Each page is measured twice: a first visit (cold: cache and storage cleared) for the performance
// score, LCP and bytes, and a repeat visit (warm: right after another page, cache kept) for bytes.
// Prints one line per step, then one JSON line of the figures.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import {startFlow} from 'lighthouse';

const [baseUrl, sessionFile, outDir] = process.argv.slice(2);
if (!baseUrl || !sessionFile || !outDir) {
  console.error('usage: node phone.mjs BASE_URL SESSION_JSON OUT_DIR');
  process.exit(2);
}
const session = JSON.parse(fs.readFileSync(sessionFile, 'utf8'));
const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const config = {
  extends: 'lighthouse:default',
  settings: {onlyCategories: ['performance', 'accessibility']},
};

// Cold visit of each page, then a warm visit of the next one (in a cycle), so that every page has both.
function steps(pages) {
  return pages.flatMap((page, i) => [
    {page, visit: 'first', disableStorageReset: false},
    {page: pages[(i + 1) % pages.length], visit: 'repeat', disableStorageReset: true},
  ]);
}

async function measure(browser, name, pages, prepare) {
  const tab = await browser.newPage();
  await prepare(tab);
  const flow = await startFlow(tab, {name, config});
  for (const step of steps(pages)) {
    await step.page.before?.(tab);
    await flow.navigate(baseUrl + step.page.path, {
      name: `${step.page.name} (${step.visit} visit)`,
      disableStorageReset: step.disableStorageReset,
    });
  }
  fs.writeFileSync(path.join(outDir, `${name}.html`), await flow.generateReport());
  const result = await flow.createFlowResult();
  await tab.close();
  return result.steps.map((step, i) => figures(steps(pages)[i], step.lhr));
}

function figures(step, lhr) {
  const audits = lhr.audits;
  return {
    page: step.page.name,
    visit: step.visit,
    url: lhr.finalDisplayedUrl,
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    kb: Math.round(audits['total-byte-weight'].numericValue / 1024 * 10) / 10,
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
    error: lhr.runtimeError?.code,
  };
}

// Lighthouse sometimes fails to record a page load's trace (NO_NAVSTART: "Please run Lighthouse
// again"); such a step has no score (0) and no LCP. The flow is measured again, at most twice more,
// and a step that still fails is named in the JSON line instead of counting as a score of 0.
async function measureWithRetries(context, name, pages, prepare) {
  for (let attempt = 1; ; attempt++) {
    const results = await measure(context, name, pages, prepare);
    const failed = results.filter(r => r.error);
    if (failed.length === 0 || attempt === 3) {
      return results;
    }
    console.log(`${name}: Lighthouse could not record ${failed.map(r => `${r.page} ${r.visit} (${r.error})`).join(', ')}; measuring again`);
  }
}

// The notice must be accepted before the sign-in page shows (else it redirects to the notice).
async function acceptNotice(tab) {
  await tab.goto(baseUrl + '/account/notice');
  await Promise.all([tab.waitForNavigation(), tab.click('form[action="/account/notice"] button[type="submit"]')]);
}

const anonymousPages = [
  {name: 'notice', path: '/account/notice'},
  {name: 'sign-in', path: '/account/signin', before: acceptNotice},
];
const signedInPages = [
  {name: 'search', path: '/search'},
  {name: 'results', path: session.resultsPath},
  {name: 'record', path: session.recordPath},
];

fs.mkdirSync(outDir, {recursive: true});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  defaultViewport: null,
  args: chromiumFlags,
});
let results;
try {
  const anonymous = await browser.createBrowserContext();
  const signedIn = await browser.createBrowserContext();
  results = [
    ...await measureWithRetries(anonymous, 'anonymous', anonymousPages, async () => {}),
    ...await measureWithRetries(signedIn, 'signed-in', signedInPages, tab => tab.setCookie(...session.cookies.map(c =>
      ({name: c.name, value: c.value, url: baseUrl, path: '/', secure: true, httpOnly: true})))),
  ];
} finally {
  await browser.close();
}

for (const r of results) {
  console.log(`${r.page.padEnd(8)} ${r.visit.padEnd(6)} performance ${r.performance}, accessibility ${r.accessibility}, ` +
    `${r.kb} KB, LCP ${r.lcpMs} ms, FCP ${r.fcpMs} ms  (${r.url.replace(baseUrl, '')})`);
}
const failed = results.filter(r => r.error).map(r => `${r.page} ${r.visit}: ${r.error}`);
const first = results.filter(r => r.visit === 'first' && !r.error);
const repeat = results.filter(r => r.visit === 'repeat' && !r.error);
const expected = [...anonymousPages, ...signedInPages].map(p => p.path.split('?')[0]);
const wrongPages = results.filter(r => !expected.includes(new URL(r.url).pathname)).map(r => r.url);
console.log(JSON.stringify({
  pages: first.map(r => r.page),
  lighthouse_performance_min: Math.min(...first.map(r => r.performance)),
  accessibility_min: Math.min(...results.map(r => r.accessibility)),
  first_visit_kb_max: Math.max(...first.map(r => r.kb)),
  repeat_visit_kb_max: Math.max(...repeat.map(r => r.kb)),
  lcp_ms_max: Math.max(...first.map(r => r.lcpMs)),
  redirected: wrongPages,
  lighthouse_errors: failed,
}));
process.exit(wrongPages.length > 0 || failed.length > 0 ? 1 : 0);
