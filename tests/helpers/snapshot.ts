import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every file under a folder with its bytes (as latin1 text), to prove what changed and what did not. */
export function snapshot(root: string, skip: (relative: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      const rel = path.relative(root, p);
      if (skip(rel)) continue;
      if (e.isDirectory()) walk(p);
      else out[rel] = readFileSync(p, "latin1");
    }
  };
  walk(root);
  return out;
}
