/** A declared route: its method and its URL pattern (`/api/people/:id`). */
export interface DeclaredRoute {
  method: string;
  url: string;
}

function patternOf(url: string): RegExp {
  const parts = url
    .split('/')
    .map((part) =>
      part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return new RegExp(`^${parts.join('/')}/?$`);
}

/**
 * The methods the API answers on a concrete path (`/api/people/123` matches `/api/people/:id`), so
 * that a wrong method gets 405 with `Allow` instead of a 404. Built on first use, once every route
 * has been declared.
 */
export function allowedMethodsOf(routes: readonly DeclaredRoute[]): (url: string) => string[] {
  let patterns: Array<{ pattern: RegExp; methods: Set<string> }> | null = null;
  return (url) => {
    if (!patterns) {
      const byUrl = new Map<string, Set<string>>();
      for (const route of routes) {
        const methods = byUrl.get(route.url) ?? new Set<string>();
        methods.add(route.method);
        if (route.method === 'GET') methods.add('HEAD');
        byUrl.set(route.url, methods);
      }
      patterns = [...byUrl].map(([path, methods]) => ({ pattern: patternOf(path), methods }));
    }
    const path = url.split('?')[0] ?? url;
    const allowed = new Set<string>();
    for (const { pattern, methods } of patterns)
      if (pattern.test(path)) for (const method of methods) allowed.add(method);
    return [...allowed].sort();
  };
}
