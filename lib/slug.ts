// Permalink slugs. "S 3 : Increasing GPU Utilization ..." -> "s-3-increasing-gpu-utilization-...".

const MAX_SLUG_LENGTH = 80;

/** FNV-1a, 32 bit, of the text's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** FNV-1a, 32 bit, as base36: a short stable fingerprint for disambiguating slugs. */
export function fingerprint(text: string): string {
  return fnv1a(text).toString(36).padStart(7, "0");
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/;

export function slugify(title: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii === "") return `paper-${fingerprint(title)}`;
  // Names Windows keeps for devices: content/papers/con.md could not be checked out there.
  if (WINDOWS_DEVICE.test(ascii)) return `${ascii}-paper`;
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
}
