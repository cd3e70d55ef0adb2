// No Docker engine runs on CI machines, so the compose wiring is checked by reading the files themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  env_file?: string[];
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(read('docker-compose.yml')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const neo4j = compose.services['neo4j'];
const app = compose.services['app'];

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 with auth from the env file, a named volume and a healthcheck', () => {
    expect(neo4j?.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j?.env_file).toContain('.env');
    expect(neo4j?.environment?.['NEO4J_AUTH']).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
    const [volume] = neo4j?.volumes ?? [];
    expect(volume).toMatch(/^[\w-]+:\/data$/);
    expect(Object.keys(compose.volumes)).toContain(volume?.split(':')[0]);
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('cypher-shell');
  });

  it('pins the same Neo4j minor line as the local launcher (neo4j/pom.xml), so both paths run one version', () => {
    const launcher = /<neo4j\.version>(\d+\.\d+)\.\d+<\/neo4j\.version>/.exec(read('neo4j/pom.xml'))?.[1];
    const image = /^neo4j:(\d+\.\d+)\b/.exec(neo4j?.image ?? '')?.[1];
    expect(launcher).toBe('5.26');
    expect(image).toBe(launcher);
  });

  it('publishes every port on 127.0.0.1 only', () => {
    const ports = Object.values(compose.services).flatMap((service) => service.ports ?? []);
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it('wires the app to the neo4j service by NEO4J_URI and waits for it to be healthy', () => {
    expect(app?.build).toBe('.');
    const uri = new URL(app?.environment?.['NEO4J_URI'] ?? '');
    expect(uri.protocol).toBe('bolt:');
    expect(Object.keys(compose.services)).toContain(uri.hostname);
    expect(uri.port).toBe(neo4j?.ports?.find((port) => port.endsWith(':7687'))?.split(':')[2]);
    expect(app?.environment?.['NEO4J_USER']).toBe('neo4j');
    expect(app?.env_file).toContain('.env');
    expect(app?.depends_on?.[uri.hostname]?.condition).toBe('service_healthy');
    expect(app?.ports).toContain(`127.0.0.1:${app?.environment?.['PORT']}:${app?.environment?.['PORT']}`);
  });

  it('keeps imported texts in a named volume at CASCADE_DATA_DIR, which the image leaves writable for node', () => {
    const dataDir = app?.environment?.['CASCADE_DATA_DIR'];
    expect(dataDir).toBeTruthy();
    const mount = app?.volumes?.find((v) => v.endsWith(`:${dataDir}`));
    expect(Object.keys(compose.volumes)).toContain(mount?.split(':')[0]);
    expect(read('Dockerfile')).toContain(`RUN mkdir -p ${dataDir} && chown node:node ${dataDir}`);
  });
});

describe('Dockerfile and env files', () => {
  const dockerfile = read('Dockerfile');
  it('builds on Node 20, installs from the lockfile and starts the explorer as a non-root user', () => {
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim/m);
    expect(dockerfile).toMatch(/^RUN npm ci$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^EXPOSE 4000$/m);
    // `start` rebuilds the client with vite, a dev dependency the image prunes; the image serves what it built.
    expect(dockerfile).toMatch(/^CMD \["npm", "run", "serve"\]$/m);
    expect(dockerfile).toMatch(/^RUN npm run build && npm prune --omit=dev$/m);
  });

  it('copies every workspace manifest before npm ci, so the lockfile install sees the whole monorepo', () => {
    const { workspaces, scripts, dependencies } = JSON.parse(read('package.json')) as {
      workspaces: string[];
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
    };
    const beforeInstall = dockerfile.slice(0, dockerfile.indexOf('RUN npm ci'));
    for (const workspace of workspaces) expect(beforeInstall).toContain(`COPY ${workspace}/package.json ${workspace}/`);
    // The runtime runs `serve` with production dependencies only: its runner must be one of them.
    // (NODE_ENV=production before it, as the image sets too.)
    expect(scripts['serve']).toMatch(
      /^(NODE_ENV=production )?node (--[\w-]+=\w+ )*--import tsx server\/src\/main\.ts$/,
    );
    expect(Object.keys(dependencies)).toContain('tsx');
  });

  it('documents the password in .env.example and keeps .env out of git and the image', () => {
    expect(read('.env.example')).toMatch(/^NEO4J_PASSWORD=/m);
    expect(read('.gitignore').split('\n')).toContain('.env');
    expect(read('.dockerignore').split('\n')).toContain('.env');
  });
});
