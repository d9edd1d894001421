// A small HTTP client with a cookie jar, so each test person keeps their own next-auth session
// and guest cookie across requests. Redirects are returned, never followed.
let addresses = 0;

/** A distinct client address per person, so one person's failed sign-ins never block another's. */
export function newAddress(): string {
  addresses += 1;
  return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
}

export type Reply = { status: number; headers: Headers; text: string; ms: number };

export type RequestOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Blob | FormData | URLSearchParams;
  timeoutMs?: number;
};

export class Client {
  readonly cookies = new Map<string, string>();

  /** defaultHeaders: sent with every request, e.g. an X-Forwarded-For of its own per person. */
  constructor(
    readonly baseUrl: string,
    readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async request(path: string, options: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...this.defaultHeaders, ...options.headers };
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (cookie && !("cookie" in headers)) headers.cookie = cookie;
    const started = performance.now();
    const response = await fetch(this.baseUrl + path, {
      method: options.method ?? "GET",
      headers,
      body: options.body ?? null,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    for (const line of response.headers.getSetCookie()) this.store(line);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, ms: performance.now() - started };
  }

  json(path: string, method: string, data: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    return this.request(path, { method, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(data) });
  }

  private store(setCookie: string) {
    const [pair = "", ...attributes] = setCookie.split(";");
    const eq = pair.indexOf("=");
    if (eq < 1) return;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
    if (expired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

/** Parses a JSON reply body, or null when it is not JSON. */
export function parseJson(reply: Reply): unknown {
  try {
    return JSON.parse(reply.text) as unknown;
  } catch {
    return null;
  }
}
