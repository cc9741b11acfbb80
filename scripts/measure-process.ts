// Wall time and peak memory of a command and every process it starts, for the benchmarks.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type Measured = {
  ms: number;
  code: number | null;
  /** stdout and stderr, interleaved as they came. */
  out: string;
  /** The largest VmHWM (high-water resident size) of any single node process of the command, MB. */
  processPeakMB: number;
  /** The largest sum of resident sizes of the command's whole process tree, sampled, MB. */
  treePeakMB: number;
  /** The peak to report: the larger of the two. */
  peakMB: number;
};

const PAGE = 4096;

/** Resident MB of `root` and all its descendants, from /proc (0 where there is no /proc). */
function treeRssMB(root: number): number {
  if (!existsSync("/proc/self/stat")) return 0;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses; fields follow the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, (Number(fields[21]) * PAGE) / 2 ** 20);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

let runs = 0;

/**
 * Run `argv` to exit and measure it. Every node process it starts (next build's workers too) logs
 * its own high-water mark at exit through a NODE_OPTIONS preload, so no short-lived peak of one
 * process is missed; the whole tree's resident size is sampled every `sampleMs` for processes that
 * run side by side. That is VmHWM where /proc has it: Linux's ru_maxrss
 * (process.resourceUsage().maxRSS) carries over what the parent held when it forked the child.
 * `logDir` is a scratch folder for the hook and its logs.
 */
export function runMeasured(argv: string[], options: { cwd: string; env?: Record<string, string>; logDir: string; sampleMs?: number; echo?: boolean }): Promise<Measured> {
  const run = runs++;
  const hook = path.join(options.logDir, "rss-hook.cjs");
  const prefix = path.join(options.logDir, `rss-${run}-`);
  writeFileSync(
    hook,
    `const fs = require("fs");
process.on("exit", () => {
  const hwm = fs.existsSync("/proc/self/status") && /VmHWM:\\s*(\\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
  fs.writeFileSync(process.env.PAPER_ATLAS_RSS_LOG + process.pid + ".log", hwm ? hwm[1] : String(process.resourceUsage().maxRSS));
});
`,
  );
  const inherited = options.env?.NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? "";
  const t = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, NODE_OPTIONS: `${inherited} --require ${JSON.stringify(hook)}`.trim(), PAPER_ATLAS_RSS_LOG: prefix },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const take = (d: Buffer) => {
    out += d;
    if (options.echo) process.stderr.write(d);
  };
  child.stdout.on("data", take);
  child.stderr.on("data", take);
  let treePeakMB = 0;
  const sample = () => (treePeakMB = Math.max(treePeakMB, child.pid ? treeRssMB(child.pid) : 0));
  const timer = setInterval(sample, options.sampleMs ?? 250);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      const ms = performance.now() - t;
      clearInterval(timer);
      const logs = readdirSync(options.logDir).filter((n) => path.join(options.logDir, n).startsWith(prefix));
      const processPeakMB = Math.max(0, ...logs.map((n) => Number(readFileSync(path.join(options.logDir, n), "utf8")) / 1024));
      resolve({ ms, code, out, processPeakMB, treePeakMB, peakMB: Math.max(processPeakMB, treePeakMB) });
    }),
  );
}

/** A plain-text table: text columns left-aligned, figures right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const text = head.map((_, i) => !/^[\d,.]+$/.test(rows[0]?.[i] ?? ""));
  const line = (r: string[]) => r.map((c, i) => (text[i] ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join("  ");
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...rows.map(line)].join("\n");
}
