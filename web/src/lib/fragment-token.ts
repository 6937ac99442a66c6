// Tokens in emailed links travel in the URL fragment (#token=…), which browsers never send to a
// server or put in a Referer header. We read it once and drop it from the address bar at once.

/** The `token` parameter of a fragment such as "#token=abc&x=y", or null. */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token');
  return token && token.trim() ? token.trim() : null;
}

let taken: { path: string; token: string | null } | null = null;

/** Reads the token of the current URL's fragment and removes the fragment from history. */
export function takeFragmentToken(): string | null {
  const { pathname, search, hash } = window.location;
  if (taken && taken.path === pathname && !hash) return taken.token;
  const token = tokenFromFragment(hash);
  taken = { path: pathname, token };
  if (hash) window.history.replaceState(window.history.state, '', pathname + search);
  return token;
}
