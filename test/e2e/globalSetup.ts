/**
 * vitest globalSetup of the e2e project: builds the client once for the whole run, so every e2e file's server
 * serves the same, current production bundle.
 */
import { execFileSync } from 'node:child_process';
import { repoRoot } from './harness';

export default function setup(): void {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}
