"use client";
// Registers the service worker (public/sw.js, built by scripts/build-service-worker.mjs), which
// lets Overflight install as an app and the review screen open without a connection.
import { useEffect } from "react";

export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    // A browser that refuses service workers (private mode, a test harness) works as a plain site.
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
  }, []);
  return null;
}
