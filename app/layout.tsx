import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "katex/dist/katex.min.css";
import "./globals.css";
import { SiteShell } from "@/components/site-shell";
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";

// KaTeX's stylesheet is global: 3.5 kB gzipped, and formulas appear in excerpts on topic pages
// as well as on paper pages. Its fonts load only on pages that show a formula.

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl("/")),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  formatDetection: { telephone: false, email: false, address: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#1c1917" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
