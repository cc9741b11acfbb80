import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every file under a content root with its bytes, to prove what changed and what did not. */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(root, p)] = readFileSync(p, "latin1");
    }
  };
  walk(root);
  return out;
}
