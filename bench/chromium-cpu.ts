/**
 * CPU seconds used so far by this process's descendants (the Chromium that prints), read from
 * /proc. On the shared, loaded build machines wall time swings by a factor of three between
 * runs; the CPU the printer itself spends is the steadier figure for comparing two versions.
 * Undefined where there is no /proc (Windows, macOS): the benchmarks then report wall time only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function stats(): Map<number, { parent: number; ticks: number }> {
  const out = new Map<number, { parent: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid … utime stime cutime cstime.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(entry), { parent: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

export function childrenCpuSeconds(root = process.pid): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const all = stats();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of all) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let ticks = 0;
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      ticks += all.get(child)!.ticks;
      walk(child);
    }
  };
  walk(root);
  return ticks / TICKS_PER_SECOND;
}

/** Runs `work`, timing it: wall seconds, and the CPU seconds Chromium spent meanwhile where /proc tells. */
export async function measured<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; chromiumCpu?: number }> {
  const cpu = childrenCpuSeconds();
  const t = performance.now();
  const value = await work();
  const seconds = (performance.now() - t) / 1000;
  const cpuAfter = childrenCpuSeconds();
  return { value, seconds, ...(cpu !== undefined && cpuAfter !== undefined ? { chromiumCpu: cpuAfter - cpu } : {}) };
}
