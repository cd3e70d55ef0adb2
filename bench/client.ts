/**
 * Client benchmark (issue 7). Targets: initial load < 350 KB gzip (elk and fcose lazy), navigation → drawn cascade
 * < 1 s, and smooth panning (frame time ≲ 16.7 ms) of a whole-corpus network of ~3,000 elements. Prints
 * `name: value unit` lines; asserts nothing.
 *
 * Runs the production build against the real explorer (`server/src/main.ts`, embedded store, real corpus) in Debian's
 * headless Chromium with --disable-gpu (software rendering), so frame times are a pessimistic bound for a laptop.
 * E2E_SERVER_ENTRY may name another server entry, as for the e2e harness.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { closeBrowser, openPage, repoRoot, startExplorer } from '../test/e2e/harness';

const dist = join(repoRoot, 'client/dist');
const CASCADE_CLAUSE = '330481-2025/c1';
const NAVIGATIONS = 7;
const PAN_FRAMES = 180;

export async function run(): Promise<void> {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  bundleSizes();
  const explorer = await startExplorer();
  try {
    await cascadeTime(explorer.url);
    await panFrames(explorer.url);
  } finally {
    await closeBrowser();
    await explorer.stop();
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
async function cascadeTime(url: string): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const started = performance.now();
    const opened = await openPage(`${url}/?testHook=1&view=cascade&clause=${encodeURIComponent(CASCADE_CLAUSE)}`);
    await opened.page.waitForFunction(() => (window.__cascadeLayouts ?? 0) > 0, undefined, { polling: 'raf' });
    times.push(performance.now() - started);
    await opened.close();
  }
  // The first run warms the server's query path and Chromium; report it apart.
  console.log(`cascade_drawn_first: ${times[0]!.toFixed(0)} ms`);
  console.log(`cascade_drawn_median: ${median(times.slice(1)).toFixed(0)} ms`);
}

/**
 * Loads the neighbourhoods (depth 3) of every policy into the explorer's Cytoscape instance with the explorer's
 * stylesheet, then pans one step per animation frame and records the frame intervals.
 */
async function panFrames(url: string): Promise<void> {
  const opened = await openPage(`${url}/?testHook=1&view=cascade&clause=${encodeURIComponent(CASCADE_CLAUSE)}`);
  const { page } = opened;
  try {
    await page.waitForFunction(() => (window.__cascadeLayouts ?? 0) > 0);
    // tsx keeps function names with a __name helper that the page does not have.
    await page.evaluate('window.__name = (f) => f');
    const result = await page.evaluate(
      async ({ frames }) => {
        const post = async (query: string) =>
          (
            (await (
              await fetch('/graphql', {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query }),
              })
            ).json()) as { data: Record<string, unknown> }
          ).data;
        const ids = (
          (await post('{ policies(first: 50) { edges { node { id } } } }')) as {
            policies: { edges: { node: { id: string } }[] };
          }
        ).policies.edges.map((e) => e.node.id);
        type Elements = {
          nodes: { id: string; label: string; caption: string }[];
          edges: { id: string; type: string; from: string; to: string }[];
        };
        const nodes = new Map<string, Elements['nodes'][number]>();
        const edges = new Map<string, Elements['edges'][number]>();
        for (const id of ids) {
          const data = (await post(
            `{ n: neighborhood(id: ${JSON.stringify(id)}, depth: 3) { nodes { id label caption } edges { id type from to } } }`,
          )) as { n: Elements };
          for (const n of data.n.nodes) nodes.set(n.id, n);
          for (const e of data.n.edges) edges.set(e.id, e);
        }
        const cy = window.__cascadeCy!;
        cy.elements().remove();
        cy.add([
          ...[...nodes.values()].map((n) => ({
            group: 'nodes' as const,
            data: { id: n.id, kind: n.label, caption: n.caption.slice(0, 12) },
            classes: 'entity',
          })),
          ...[...edges.values()]
            .filter((e) => nodes.has(e.from) && nodes.has(e.to))
            .map((e) => ({
              group: 'edges' as const,
              data: { id: e.id, source: e.from, target: e.to, type: e.type },
              classes: 'plain',
            })),
        ]);
        cy.layout({ name: 'grid', fit: true, padding: 10 }).run();
        cy.zoom(cy.zoom() * 2);
        const intervals: number[] = [];
        await new Promise<void>((done) => {
          let last = performance.now();
          let count = 0;
          const step = (now: number) => {
            intervals.push(now - last);
            last = now;
            cy.panBy({ x: count % 60 < 30 ? 6 : -6, y: 3 * Math.sin(count / 10) });
            if (++count < frames) requestAnimationFrame(step);
            else done();
          };
          requestAnimationFrame(step);
        });
        return { elements: cy.elements().length, intervals: intervals.slice(5) };
      },
      { frames: PAN_FRAMES },
    );
    const sorted = [...result.intervals].sort((a, b) => a - b);
    console.log(`pan_graph_elements: ${result.elements} elements`);
    console.log(`pan_frame_mean: ${(sorted.reduce((a, b) => a + b, 0) / sorted.length).toFixed(1)} ms`);
    console.log(`pan_frame_p95: ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms`);
  } finally {
    await opened.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
