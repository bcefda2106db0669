// The web app: one page per role's day, routed by the URL's hash. Every call goes through the
// REST API, which enforces each role's scope; the menu only hides what a role would be refused.
import { ensureLoggedIn, roles, claims, logout } from './auth.js';
import { h, page } from './ui.js';
import { caseload } from './pages/caseload.js';
import { client } from './pages/client.js';
import { house } from './pages/house.js';
import { admin } from './pages/admin.js';
import { summaries } from './pages/summaries.js';
import { today } from './pages/today.js';

const SCREENS = [
  // a case manager's day starts with who needs them
  { hash: '#/today', label: 'Today', roles: ['case-manager', 'program-admin'] },
  { hash: '#/caseload', label: 'Caseload', roles: ['case-manager', 'program-admin'] },
  { hash: '#/house', label: 'Houses', roles: ['house-manager', 'program-admin'] },
  { hash: '#/summaries', label: 'Summaries', roles: ['clinician'] },
  { hash: '#/admin', label: 'Admin', roles: ['program-admin'] },
];

function allowed(screen) {
  return screen.roles.some((r) => roles().includes(r));
}

function nav() {
  const current = location.hash.split('/').slice(0, 2).join('/');
  document.getElementById('nav').replaceChildren(
    ...SCREENS.filter(allowed).map((s) =>
      h('a', { href: s.hash, 'aria-current': current === s.hash ? 'page' : null }, s.label)),
  );
}

async function route() {
  nav();
  const [, screen, id] = location.hash.split('/');
  const home = SCREENS.find(allowed);
  try {
    const may = (hash) => allowed(SCREENS.find((s) => s.hash === hash));
    if (screen === 'today' && may('#/today')) return await today();
    if (screen === 'caseload' && may('#/caseload')) return await caseload();
    if (screen === 'clients' && id && may('#/caseload')) return await client(Number(id));
    if (screen === 'house' && may('#/house')) return await house(id ? Number(id) : null);
    if (screen === 'summaries' && may('#/summaries')) return await summaries(id ? Number(id) : null);
    if (screen === 'admin' && may('#/admin')) return await admin();
    if (home && (!screen || screen === '')) {
      location.hash = home.hash;
      return;
    }
    page('Not available', h('p', {}, 'There is nothing here for your role.'));
  } catch (e) {
    if (e.status === 404 || e.status === 403) {
      page('Not found', h('p', { role: 'alert' }, 'This record does not exist or is not yours to see.'));
    } else {
      page('Something went wrong', h('p', { role: 'alert' }, e.message));
    }
  }
}

async function start() {
  await ensureLoggedIn();
  const c = claims();
  document.getElementById('who').textContent = `${c.preferred_username} (${roles().join(', ')})`;
  const out = document.getElementById('logout');
  out.hidden = false;
  out.addEventListener('click', logout);
  window.addEventListener('hashchange', route);
  await route();
}

start();
