/**
 * The explorer as benchmarks drive it: `npm run serve`'s command on a free port, with the server's CPU time and
 * resident memory read from /proc (Linux), and the `name: value unit` lines every benchmark prints.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { spawnServer } from '../test/support/serverProcess';

export function print(name: string, value: number, unit: string): void {
  process.stdout.write(`${name}: ${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}\n`);
}

/**
 * CPU time (user + system, in ms) used so far by the processes of group `pgid`, read from /proc; null off Linux.
 * The group is the server's: tsx and the node process it starts.
 */
function groupCpuMs(pgid: number): number | null {
  if (process.platform !== 'linux') return null;
  const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  let ticks = 0;
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended in between
    }
    // proc(5): after the command name in parentheses come state (field 3), …, pgrp (5), …, utime (14), stime (15).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / ticksPerSecond;
}

/** Resident memory of process `pid` in MB (VmRSS), or null off Linux. */
export function rssMb(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kb === undefined ? null : Number(kb) / 1024;
}

export interface Server {
  url: string;
  /** The server's CPU time so far in ms (see groupCpuMs). */
  cpuMs(): number | null;
  /** Resident memory of the server process in MB (rssMb). */
  rssMb(): number | null;
  stop(): void;
}

/** `npm run serve`'s command on a free port, once it answers; its CPU time read from its process group. */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const server = await spawnServer({ env: { LOG_LEVEL: 'warn', ...env }, stderr: 'inherit' });
  const pid = server.child.pid;
  return {
    url: server.url,
    cpuMs: () => (pid === undefined ? null : groupCpuMs(pid)),
    rssMb: () => (pid === undefined ? null : rssMb(pid)),
    stop: () => void server.stop(),
  };
}
