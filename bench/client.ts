/**
 * Client benchmark (issues 7 and 14). Targets: initial load < 350 KB gzip (elk and fcose lazy), navigation → drawn
 * cascade < 1 s on the corpus and with 100 and 1,000 synthetic texts (cascade_drawn_*_100texts, _1000texts), and smooth panning (frame
 * time ≲ 16.7 ms) of a whole-corpus network of ~3,000 elements, both by program (pan_frame_*) and by mouse drag as
 * a user pans (pan_drag_frame_*). "Drawn" is the first completed layout with its edges routed and the opening view
 * set (drawGraph.ts). Prints `name: value unit` lines; asserts nothing.
 *
 * Runs the production build against the real explorer (`server/src/main.ts`, embedded store, real corpus) in Debian's
 * headless Chromium with --disable-gpu (software rendering), so frame times are a pessimistic bound for a laptop.
 * E2E_SERVER_ENTRY may name another server entry, as for the e2e harness.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { closeBrowser, openPage, repoRoot } from '../test/e2e/harness';
import { loadNetwork, panDrag, panProgrammatic } from './_clientPan';
import { EXPLORER_SIZES, median, startSizedExplorer } from './_syntheticExplorer';

const dist = join(repoRoot, 'client/dist');
const CASCADE_CLAUSE = '330481-2025/c1';
const NAVIGATIONS = 7;
const PAN_FRAMES = 180;

export async function run(): Promise<void> {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  bundleSizes();
  for (const size of EXPLORER_SIZES) {
    const explorer = await startSizedExplorer(size);
    try {
      console.log(`client_documents${explorer.suffix}: ${explorer.documents} documents`);
      await cascadeTime(explorer.url, explorer.suffix);
      if (size === 0) await panFrames(explorer.url);
    } finally {
      await closeBrowser();
      await explorer.stop();
    }
  }
}

/** Gzip sizes of what index.html loads up front (scripts, modulepreloads, CSS), and of the lazy layout chunks. */
function bundleSizes(): void {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const gzip = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
  const initialKb = initial.reduce((sum, file) => sum + gzip(file), gzip('index.html'));
  console.log(`client_initial_files: ${initial.length + 1} files`);
  console.log(`client_initial_gzip: ${initialKb.toFixed(1)} KB`);
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  for (const lazy of ['cytoscape-elk', 'cytoscape-fcose']) {
    const file = assets.find((f) => f.startsWith(lazy));
    if (file)
      console.log(`client_lazy_${lazy.replace('cytoscape-', '')}_gzip: ${gzip(join('assets', file)).toFixed(1)} KB`);
  }
  const all = assets.reduce((sum, f) => sum + gzip(join('assets', f)), 0);
  console.log(`client_all_js_gzip: ${all.toFixed(1)} KB`);
}

/** From page.goto to the first completed cascade layout, in fresh browser contexts (no HTTP cache); median. */
async function cascadeTime(url: string, suffix: string): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const started = performance.now();
    const opened = await openPage(`${url}/?testHook=1&view=cascade&clause=${encodeURIComponent(CASCADE_CLAUSE)}`);
    await opened.page.waitForFunction(() => (window.__cascadeLayouts ?? 0) > 0, undefined, { polling: 'raf' });
    times.push(performance.now() - started);
    await opened.close();
  }
  // The first run warms the server's query path and Chromium; report it apart.
  console.log(`cascade_drawn_first${suffix}: ${times[0]!.toFixed(0)} ms`);
  console.log(`cascade_drawn_median${suffix}: ${median(times.slice(1)).toFixed(0)} ms`);
}

/**
 * Loads the neighbourhoods (depth 3) of every policy into the explorer's Cytoscape instance with the explorer's
 * stylesheet, then pans it by program (one cy.panBy per frame) and by mouse drag, recording the frame intervals
 * (bench/_clientPan.ts).
 */
async function panFrames(url: string): Promise<void> {
  const opened = await openPage(`${url}/?testHook=1&view=cascade&clause=${encodeURIComponent(CASCADE_CLAUSE)}`);
  const { page } = opened;
  try {
    await page.waitForFunction(() => (window.__cascadeLayouts ?? 0) > 0);
    const elements = await loadNetwork(page);
    console.log(`pan_graph_elements: ${elements} elements`);
    const programmatic = await panProgrammatic(page, PAN_FRAMES);
    console.log(`pan_frame_mean: ${programmatic.mean.toFixed(1)} ms`);
    console.log(`pan_frame_p95: ${programmatic.p95.toFixed(1)} ms`);
    const drag = await panDrag(page, PAN_FRAMES);
    console.log(`pan_drag_frame_mean: ${drag.mean.toFixed(1)} ms`);
    console.log(`pan_drag_frame_p95: ${drag.p95.toFixed(1)} ms`);
  } finally {
    await opened.close();
  }
}
