// node --import tsx scripts/run-parallel.ts <script.ts> [args] [-- <script.ts> [args]]...   (used by `npm run build`)
// Runs independent build steps side by side, one Node process each, so they use every core: exits
// with the first failure's code once all have finished (each prints its own errors), else 0.
import { spawn } from "node:child_process";

const commands: string[][] = [[]];
for (const arg of process.argv.slice(2)) {
  if (arg === "--") commands.push([]);
  else commands.at(-1)!.push(arg);
}
if (commands.some((c) => c.length === 0)) {
  console.error("usage: run-parallel.ts <script.ts> [args] [-- <script.ts> [args]]...");
  process.exit(2);
}
const codes = await Promise.all(
  commands.map(
    ([script, ...args]) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", script!, ...args], { stdio: "inherit" });
        child.on("error", (e) => {
          console.error(`${script}: ${e.message}`);
          resolve(1);
        });
        child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
      }),
  ),
);
process.exit(codes.find((c) => c !== 0) ?? 0);
