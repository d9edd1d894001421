import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "@fontsource-variable/figtree";
import { Logo } from "@/components/brand/logo";
import { ServiceWorkerRegistration } from "@/components/service-worker-registration";
import { SiteNav } from "@/components/site-nav";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Overflight: learn the Treaty on Open Skies", template: "%s · Overflight" },
  description:
    "Quizzes and spaced-repetition flashcards on the Treaty on Open Skies, New START, INF and ABM, every answer explained and sourced.",
  applicationName: "Overflight",
  appleWebApp: { title: "Overflight", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111a2c" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="inner">
            <Link href="/" className="brand">
              <Logo />
              Overflight
            </Link>
            <SiteNav />
          </div>
        </header>
        <main id="main" className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="inner">
            <p>
              Overflight is open source. Every fact names its source; where the seed article is wrong, the correction says so.
            </p>
            <nav aria-label="Footer">
              <Link href="/sources">Sources</Link>
              <Link href="/sources/seed">The seed article</Link>
            </nav>
          </div>
        </footer>
        {/* Production only: in development a cached page would hide the change just made. */}
        {env.NODE_ENV === "production" && <ServiceWorkerRegistration />}
      </body>
    </html>
  );
}
