// Serves the built bench page on 127.0.0.1 (a secure context for WebCrypto, cross-origin isolated so
// performance.now() has its fine resolution), starts headless Chromium on it, prints what the page
// reports, writes the results as JSON, stops Chromium. Node's own modules only.
//
//   node serve.mjs DIST_DIR RESULTS_JSON [QUERY]
//
// Environment: CHROMIUM (default /usr/bin/chromium), BENCH_TIMEOUT seconds (default 900),
// BENCH_NO_BROWSER=1 only serves and prints the address (to open it in a browser of one's own).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const [dist, resultsFile, query = ''] = process.argv.slice(2);
if (!dist || !resultsFile) {
  console.error('usage: node serve.mjs DIST_DIR RESULTS_JSON [QUERY]');
  process.exit(2);
}
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const timeoutSeconds = Number(process.env.BENCH_TIMEOUT ?? 900);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

let browser = null;
let profile = null;
let exitCode = 1;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method === 'POST' && url.pathname === '/report') {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      response.writeHead(204, isolation).end();
      received(JSON.parse(body));
    });
    return;
  }
  const path = normalize(url.pathname === '/' ? '/index.html' : url.pathname);
  if (request.method !== 'GET' || path.includes('..') || !types[extname(path)]) {
    response.writeHead(404, isolation).end();
    return;
  }
  try {
    const content = readFileSync(join(dist, path));
    response.writeHead(200, { ...isolation, 'Content-Type': types[extname(path)] }).end(content);
  } catch {
    response.writeHead(404, isolation).end();
  }
});

function received(message) {
  if (message.type === 'log') {
    console.log(`  ${message.text}`);
  } else if (message.type === 'result') {
    writeFileSync(resultsFile, JSON.stringify(message, null, 2) + '\n');
    exitCode = 0;
    finish();
  } else {
    console.error(`the page failed: ${message.text}`);
    finish();
  }
}

let finishing = false;
function finish() {
  if (finishing) return;
  finishing = true;
  server.close();
  if (!browser || browser.exitCode !== null || browser.signalCode !== null) return done();
  const force = setTimeout(() => browser.kill('SIGKILL'), 10_000);
  browser.once('exit', () => {
    clearTimeout(force);
    done();
  });
  browser.kill('SIGTERM');
}

function done() {
  // Chromium's helper processes can still be writing to the profile for a moment after the browser exits
  if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  process.exit(exitCode);
}

server.listen(0, '127.0.0.1', () => {
  const address = `http://127.0.0.1:${server.address().port}/index.html${query ? `?${query}` : ''}`;
  if (process.env.BENCH_NO_BROWSER === '1') {
    console.log(`serving ${address} (Ctrl-C to stop)`);
    return;
  }
  profile = mkdtempSync(join(tmpdir(), 'crypto-bench-chromium-'));
  browser = spawn(
    chromiumPath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${profile}`,
      address,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  browser.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  browser.on('exit', (code, signal) => {
    if (!finishing) {
      console.error(`chromium exited early (${code ?? signal}); its last output:\n${stderr}`);
      finish();
    }
  });
  console.log(`  chromium pid ${browser.pid} on ${address}`);
});

setTimeout(() => {
  console.error(`no result after ${timeoutSeconds} s: stopping`);
  finish();
}, timeoutSeconds * 1000).unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish());
