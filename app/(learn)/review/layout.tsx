import { requireUser } from "@/lib/auth/session";

// Signs a guest in before anything of the page streams: a redirect from inside the stream would come
// too late to be an HTTP redirect. The page checks again (the check is cached per request).
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requireUser("/review");
  return children;
}
