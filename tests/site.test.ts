import { describe, expect, it } from "vitest";
import { absoluteUrl, normalizeBasePath, siteConfig, withBase } from "@/lib/site";

describe("site URL and base path", () => {
  it("normalizes the base path", () => {
    expect(normalizeBasePath(undefined)).toBe("");
    expect(normalizeBasePath("/")).toBe("");
    expect(normalizeBasePath("/atlas/")).toBe("/atlas");
    expect(normalizeBasePath("atlas")).toBe("/atlas");
  });

  it("builds absolute URLs under the base path", () => {
    const config = siteConfig({ NEXT_PUBLIC_SITE_URL: "https://me.github.io/", NEXT_PUBLIC_BASE_PATH: "/paper-atlas" });
    expect(absoluteUrl("/papers/x/", config)).toBe("https://me.github.io/paper-atlas/papers/x/");
    expect(withBase("/search/", config.basePath)).toBe("/paper-atlas/search/");
  });

  it("does not double a base path the site URL already ends with", () => {
    const config = siteConfig({ NEXT_PUBLIC_SITE_URL: "https://me.github.io/paper-atlas", NEXT_PUBLIC_BASE_PATH: "/paper-atlas" });
    expect(absoluteUrl("/", config)).toBe("https://me.github.io/paper-atlas/");
  });

  it("defaults to the local server and refuses other schemes", () => {
    expect(absoluteUrl("/", siteConfig({}))).toBe("http://127.0.0.1:3000/");
    expect(() => siteConfig({ NEXT_PUBLIC_SITE_URL: "javascript:alert(1)" })).toThrow();
    expect(() => withBase("papers/")).toThrow();
  });
});
