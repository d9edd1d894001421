// Which /api paths exist and the methods each answers, so proxy.ts can refuse the rest with the
// app's JSON error body: Next's own routing answers an unknown method with an empty 405 and an
// unknown path with the HTML not-found page. tests/unit/api-routes.test.ts holds this table to the
// route files under app/api, so a route added without joining it fails the unit tests.

/** URL pattern of each route handler under app/api, with the methods its route.ts exports. */
export const API_ROUTES: Readonly<Record<string, readonly string[]>> = {
  "/api/account": ["POST", "PATCH", "DELETE"],
  "/api/account/export": ["GET"],
  "/api/account/password": ["POST"],
  "/api/account/sessions": ["DELETE"],
  "/api/assignments/[id]/start": ["POST"],
  "/api/attempts": ["POST"],
  "/api/attempts/[id]": ["GET"],
  "/api/attempts/[id]/answers": ["POST"],
  "/api/auth/[...nextauth]": ["GET", "POST"],
  "/api/bench/echo": ["POST"],
  "/api/cards/[factId]": ["PATCH"],
  "/api/classes": ["POST"],
  "/api/classes/[id]": ["PATCH"],
  "/api/classes/[id]/assignments": ["POST"],
  "/api/classes/[id]/assignments/[aid]": ["DELETE"],
  "/api/classes/[id]/assignments/[aid]/questions": ["GET"],
  "/api/classes/[id]/gradebook": ["GET"],
  "/api/classes/[id]/members/[userId]": ["DELETE"],
  "/api/classes/[id]/membership": ["DELETE"],
  "/api/classes/[id]/questions": ["POST"],
  "/api/classes/[id]/questions/[qid]": ["PATCH"],
  "/api/classes/join": ["POST"],
  "/api/games": ["POST"],
  "/api/games/[id]/answers": ["POST"],
  "/api/games/[id]/control": ["POST"],
  "/api/games/[id]/events": ["GET"],
  "/api/games/[id]/players/[playerId]": ["DELETE"],
  "/api/games/[id]/results": ["GET"],
  "/api/games/join": ["POST"],
  "/api/health": ["GET"],
  "/api/reviews": ["POST"],
  "/api/reviews/rating": ["POST"],
  "/api/reviews/undo": ["POST"],
  "/api/reviews/upcoming": ["GET"],
};

type Kind = 0 | 1 | 2; // static, [param], [...param]: Next prefers them in this order at each segment
const kindOf = (segment: string): Kind => (segment.startsWith("[...") ? 2 : segment.startsWith("[") ? 1 : 0);

/** The route patterns, most specific first, as Next.js picks among them. */
const ORDERED = Object.keys(API_ROUTES)
  .map((pattern) => ({ pattern, segments: pattern.split("/").slice(1) }))
  .sort((a, b) => {
    for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
      const x = a.segments[i];
      const y = b.segments[i];
      if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
      const order = kindOf(x) - kindOf(y);
      if (order !== 0) return order;
    }
    return 0;
  });

function matches(segments: string[], path: string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const kind = kindOf(segment);
    if (kind === 2) return path.length > i;
    if (i >= path.length) return false;
    if (kind === 0 && segment !== path[i]) return false;
  }
  return segments.length === path.length;
}

/** The pattern a pathname is routed to, or null when no route handler serves it. */
export function matchApiRoute(pathname: string): string | null {
  const path = pathname.split("/").slice(1);
  if (path.length > 0 && path[path.length - 1] === "") path.pop();
  return ORDERED.find((route) => matches(route.segments, path))?.pattern ?? null;
}

/**
 * Methods Next.js answers on a route: those exported, HEAD wherever GET is, and OPTIONS (Next
 * answers it itself with an Allow header).
 */
export function allowedMethods(pattern: string): string[] {
  const methods = API_ROUTES[pattern] ?? [];
  return [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"];
}

export type ApiRouting = { ok: true } | { ok: false; status: 404 } | { ok: false; status: 405; allow: string[] };

/** Whether Next.js would serve the request with a route handler, and if not, which error it is. */
export function routeApiRequest(method: string, pathname: string): ApiRouting {
  const pattern = matchApiRoute(pathname);
  if (!pattern) return { ok: false, status: 404 };
  const allow = allowedMethods(pattern);
  return allow.includes(method.toUpperCase()) ? { ok: true } : { ok: false, status: 405, allow };
}
