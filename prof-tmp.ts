import { createApp } from '/work/wt/apicold/server/src/api/createApp';
import { createLogger } from '/work/wt/apicold/server/src/api/logger';
import { loadGraph } from '/work/wt/apicold/server/src/load';
import { createGrafeoStore } from '/work/wt/apicold/server/src/store/grafeo/grafeoStore';
import { syntheticGraph } from '/work/wt/apicold/bench/_syntheticGraph';
import { ask } from '/work/wt/apicold/bench/_apiTiming';
const n = Number(process.env.N ?? 300);
const which = process.env.Q ?? 'coverage';
const COVERAGE = `query($policyId: ID!) { coverage(policyId: $policyId) {
  measures { id label title ordinal inferred section { id label title } }
  localities { policy { id title year } region { code name } carried total share } } }`;
const SEARCH = `query($text: String!) { search(text: $text, first: 20) {
  score snippet highlights { start length } clause { id title policy { id title } } } }`;
const SEARCHES = ['发改局', '發改局 科技局', '科技企业孵化器 万元', '高新技术企业'];
const { graph } = syntheticGraph(n);
const store = await createGrafeoStore();
await loadGraph(store, graph);
const yoga = createApp({ store, cache: false, logger: createLogger({ level: 'error', write: () => {} }) });
const q = which === 'coverage' ? { query: COVERAGE, variables: () => ({ policyId: '330000-2025' }) } : { query: SEARCH, variables: (r: number) => ({ text: SEARCHES[r % 4] }) };
await ask(yoga, q, 0);
const { Session } = await import('node:inspector/promises');
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.start');
const t = process.cpuUsage();
for (let r = 0; r < 30; r++) await ask(yoga, q, r);
const used = process.cpuUsage(t);
const { profile } = await session.post('Profiler.stop');
(await import('node:fs')).writeFileSync(`/tmp/apicold/prof/${which}${n}.cpuprofile`, JSON.stringify(profile));
console.log(which, 'cpu/request ms', (used.user + used.system) / 1000 / 30);
await store.close();
