// Log-in through Keycloak: authorization code with PKCE (public client), tokens kept in memory
// and the refresh token in this tab's sessionStorage; log-out ends the Keycloak session. Why not
// keycloak-js: it would be a vendored copy to keep patched, for the few calls this file makes.

const store = window.sessionStorage;
let config;
let tokens = null;
let refreshTimer = null;
// one refresh at a time: refresh tokens are single-use, so parallel calls that each got a 401
// must share one refresh instead of racing with the same token (the losers would log out)
let refreshing = null;

function b64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random(n) {
  const bytes = new Uint8Array(n);
  crypto.getRandomValues(bytes);
  return b64url(bytes);
}

function endpoint(name) {
  return `${config.issuer}/protocol/openid-connect/${name}`;
}

function redirectUri() {
  return `${location.origin}/app/`;
}

function payload(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(decodeURIComponent(escape(atob(part))));
}

export function claims() {
  return tokens ? payload(tokens.access_token) : null;
}

export function accessToken() {
  return tokens ? tokens.access_token : null;
}

export function roles() {
  const c = claims();
  return c && Array.isArray(c.groups) ? c.groups : [];
}

async function tokenRequest(params) {
  const body = new URLSearchParams({ client_id: config.clientId, ...params });
  const response = await fetch(endpoint('token'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });
  if (!response.ok) throw new Error(`log-in failed (${response.status})`);
  return response.json();
}

function keep(t) {
  tokens = t;
  store.setItem('stepwise.refresh', t.refresh_token);
  store.setItem('stepwise.idToken', t.id_token || '');
  clearTimeout(refreshTimer);
  // refresh a little before the access token expires
  refreshTimer = setTimeout(refresh, Math.max(5, t.expires_in - 30) * 1000);
}

export function refresh() {
  if (!refreshing) {
    refreshing = refreshOnce().finally(() => { refreshing = null; });
  }
  return refreshing;
}

async function refreshOnce() {
  const refreshToken = store.getItem('stepwise.refresh');
  if (!refreshToken) return false;
  try {
    keep(await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }));
    return true;
  } catch (e) {
    store.removeItem('stepwise.refresh');
    tokens = null;
    return false;
  }
}

async function login() {
  const verifier = random(48);
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = random(16);
  const nonce = random(16);
  store.setItem('stepwise.pkce', JSON.stringify({ verifier, state, nonce, back: location.hash }));
  const url = new URL(endpoint('auth'));
  url.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri(),
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  location.assign(url);
  return new Promise(() => {}); // the page is leaving
}

/** Makes sure someone is logged in; sends the browser to Keycloak when not. */
export async function ensureLoggedIn() {
  config = await (await fetch('/app/config.json')).json();
  const query = new URLSearchParams(location.search);
  if (query.has('code')) {
    const pkce = JSON.parse(store.getItem('stepwise.pkce') || '{}');
    store.removeItem('stepwise.pkce');
    if (pkce.state && pkce.state === query.get('state')) {
      const issued = await tokenRequest({
        grant_type: 'authorization_code',
        code: query.get('code'),
        redirect_uri: redirectUri(),
        code_verifier: pkce.verifier,
      });
      // the ID token must answer this log-in, not a replayed one
      if (issued.id_token && payload(issued.id_token).nonce === pkce.nonce) {
        keep(issued);
        history.replaceState(null, '', `/app/${pkce.back || ''}`);
        return;
      }
    }
    history.replaceState(null, '', '/app/');
  }
  if (await refresh()) return;
  await login();
}

export function logout() {
  const idToken = store.getItem('stepwise.idToken');
  store.clear();
  tokens = null;
  const url = new URL(endpoint('logout'));
  url.search = new URLSearchParams({
    client_id: config.clientId,
    post_logout_redirect_uri: redirectUri(),
    ...(idToken ? { id_token_hint: idToken } : {}),
  });
  location.assign(url);
}
