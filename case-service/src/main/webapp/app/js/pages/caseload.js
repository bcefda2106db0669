// Caseload: the case manager's clients (an admin's: everyone's), most urgent first, sorted,
// filtered and paged by the server.
import { api, get, post } from '../api.js';
import { codes, options } from '../codes.js';
import { roles } from '../auth.js';
import { h, field, input, select, page, formatDate, flagLabel, announce, form, value, numberValue, today } from '../ui.js';

const DAY = 86400000;

function daysSince(date) {
  return date ? Math.floor((Date.now() - Date.parse(date)) / DAY) : null;
}

// each column's sort on the server (URGENCY: flagged and most urgent first, then name)
const COLUMNS = [
  { sort: 'NAME', label: 'Client' },
  { sort: 'LEVEL', label: 'Level' },
  { sort: 'DAYS_IN_LEVEL', label: 'Days in level' },
  { sort: 'LAST_ATTENDED', label: 'Last attendance' },
  { sort: 'NEXT_STEP_DOWN', label: 'Next step-down' },
  { sort: 'URGENCY', label: 'Flags' },
];

const PAGE_SIZE = 50;

/**
 * The caseload as the server sorts, filters and pages it across every client the caller may see, so
 * a flagged client is on the first page whatever their name, and the count is the caseload's.
 */
export async function caseload() {
  const started = performance.now();
  const isAdmin = roles().includes('program-admin');
  const [codeLists, houses, clinics, caseManagers] = await Promise.all([
    codes(), get('/houses'), get('/clinics'), isAdmin ? get('/staff/case-managers') : [],
  ]);
  const filters = {
    name: input('search', { autocomplete: 'off' }),
    flag: select([['', 'Any'], ...options(codeLists.flags)]),
    house: select([['', 'Any'], ...houses.map((x) => [x.code, x.name])]),
    level: select([['', 'Any'], ...options(codeLists.levelsOfCare)]),
    caseManager: isAdmin ? select([['', 'Anyone'], ...caseManagers.map((m) => [m.username, m.username])]) : null,
  };
  let sort = { key: 'URGENCY', descending: true };
  let pageNumber = 0;
  let asked = 0;
  const table = h('table', { class: 'stack' });
  const count = h('p', { 'aria-live': 'polite' });
  const previous = h('button', { type: 'button', onclick: () => { pageNumber -= 1; load(); } }, 'Previous page');
  const next = h('button', { type: 'button', onclick: () => { pageNumber += 1; load(); } }, 'Next page');
  const pager = h('nav', { class: 'pager', 'aria-label': 'Caseload pages' }, previous, next);

  async function load() {
    const mine = ++asked;
    const params = new URLSearchParams({ sort: sort.key, order: sort.descending ? 'DESC' : 'ASC', page: String(pageNumber), size: String(PAGE_SIZE) });
    for (const [name, control] of Object.entries(filters)) {
      if (control && control.value.trim()) params.set(name, control.value.trim());
    }
    let answer;
    try {
      answer = await get(`/clients?${params}`);
    } catch (e) {
      if (mine === asked) count.textContent = e.status === 401 ? 'Your session has ended: log in again.' : 'The caseload could not be loaded: check the connection and try again.';
      return null;
    }
    if (mine !== asked) return null; // a later search answered first
    render(answer);
    return answer;
  }

  function render({ rows, total, flagged }) {
    const head = h('tr', {}, COLUMNS.map((c) => h('th', {
      scope: 'col',
      'aria-sort': c.sort === sort.key ? (sort.descending ? 'descending' : 'ascending') : 'none',
    }, h('button', {
      type: 'button',
      class: 'sort',
      onclick: () => {
        sort = { key: c.sort, descending: sort.key === c.sort ? !sort.descending : c.sort === 'URGENCY' };
        pageNumber = 0;
        load();
      },
    }, c.label))));
    const body = rows.map((r) => h('tr', { class: r.flags.length ? 'flagged' : null },
      h('td', { 'data-label': 'Client' }, h('a', { href: `#/clients/${r.clientId}` }, r.name)),
      h('td', { 'data-label': 'Level' }, r.currentLevel || '—'),
      h('td', { 'data-label': 'Days in level' }, daysSince(r.currentLevelSince) ?? '—'),
      h('td', { 'data-label': 'Last attendance' }, formatDate(r.lastAttended)),
      h('td', { 'data-label': 'Next step-down' }, formatDate(r.stepDownTargetDate)),
      h('td', { 'data-label': 'Flags' }, r.flags.length ? r.flags.map((f) => h('span', { class: 'flag' }, flagLabel(f))) : 'none'),
    ));
    table.replaceChildren(h('caption', { class: 'visually-hidden' }, 'Clients on the caseload'), h('thead', {}, head), h('tbody', {}, body));
    const first = pageNumber * PAGE_SIZE;
    count.textContent = total
      ? `Clients ${first + 1}–${first + rows.length} of ${total.toLocaleString('en-US')} (${flagged.toLocaleString('en-US')} flagged)`
      : 'No client matches this search.';
    previous.disabled = pageNumber === 0;
    next.disabled = first + rows.length >= total;
  }

  let typing = null;
  filters.name.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => { pageNumber = 0; load(); }, 250);
  });
  for (const control of [filters.flag, filters.house, filters.level, filters.caseManager]) {
    control?.addEventListener('change', () => { pageNumber = 0; load(); });
  }
  const first = await load();
  const main = page('Caseload',
    h('details', {}, h('summary', {}, 'Admit a client'), admitForm(houses, clinics)),
    h('div', { class: 'filters', role: 'search' },
      field('Find a client', 'name', filters.name),
      field('Only with flag', 'flag', filters.flag),
      field('House', 'house', filters.house),
      field('Level of care', 'level', filters.level),
      filters.caseManager ? field('Case manager', 'caseManager', filters.caseManager) : null),
    count,
    table,
    pager);
  main.dataset.renderMs = String(Math.round(performance.now() - started));
  main.dataset.rows = String(first ? first.rows.length : 0);
  main.dataset.total = String(first ? first.total : 0);
  announce(`Caseload loaded: ${first ? first.total : 0} clients`);
}

/**
 * Intake: the client's details, recovery start and referring clinic, then (optionally) the house
 * they move into and their meeting requirement, each sent as the API's own step; the client's page
 * opens at the end, where the first level of care is recorded.
 */
function admitForm(houses, clinics) {
  const clinicOptions = [['', 'None'], ...clinics.map((c) => [c.code, c.name])];
  const clinicianOptions = (code) => {
    const clinic = clinics.find((c) => c.code === code);
    return [['', 'The whole clinic'], ...(clinic ? clinic.clinicians.map((d) => [d.username, d.name || d.username]) : [])];
  };
  const clinic = select(clinicOptions);
  const clinician = select(clinicianOptions(''));
  clinic.addEventListener('change', () => {
    clinician.replaceChildren(...clinicianOptions(clinic.value).map(([v, t]) => h('option', { value: v }, t)));
  });
  return form('Admit a client', [
    h('div', { class: 'row' },
      field('Given name', 'givenName', input('text', { maxlength: 100, autocomplete: 'off' })),
      field('Family name', 'familyName', input('text', { maxlength: 100, autocomplete: 'off' })),
      field('Date of birth', 'dateOfBirth', input('date'))),
    h('div', { class: 'row' },
      field('Phone (optional)', 'phone', input('tel', { maxlength: 40 })),
      field('E-mail (optional)', 'email', input('email', { maxlength: 200 })),
      field('In recovery since', 'recoveryStartDate', input('date'))),
    h('div', { class: 'row' },
      field('Referred by', 'referral.clinic', clinic),
      field('Referring clinician', 'referral.clinician', clinician)),
    h('div', { class: 'row' },
      field('Moves into (optional)', 'houseId', select([['', 'No house yet'], ...houses.map((x) => [String(x.id), `${x.name} (${x.capacity} beds)`])])),
      field("The house's reference", 'clientRef', input('text', { maxlength: 64, autocomplete: 'off' }), 'Needed with a house, e.g. R-1004'),
      field('Moves in on', 'moveIn', input('date', { value: today() })),
      field('Meetings a week (optional)', 'perWeek', input('number', { min: 0, max: 21 }))),
  ], 'Admit', async (f) => {
    if (value(f, 'houseId') && !value(f, 'clientRef')) {
      f.prepend(h('p', { class: 'form-error', role: 'alert' }, "A move-in needs the house's reference for the client."));
      return;
    }
    const referral = value(f, 'referral.clinic')
      ? { clinic: value(f, 'referral.clinic'), clinician: value(f, 'referral.clinician') }
      : undefined;
    const made = await post('/clients', {
      givenName: value(f, 'givenName'), familyName: value(f, 'familyName'), dateOfBirth: value(f, 'dateOfBirth'),
      phone: value(f, 'phone'), email: value(f, 'email'), recoveryStartDate: value(f, 'recoveryStartDate'), referral,
    });
    // the client exists from here on: a later step refused is said on their page, not retried here
    let refused = null;
    try {
      if (value(f, 'houseId')) {
        await post(`/clients/${made.id}/residencies`, { houseId: numberValue(f, 'houseId'), clientRef: value(f, 'clientRef'), moveIn: value(f, 'moveIn') });
      }
      if (value(f, 'perWeek') !== undefined) {
        const current = await api('GET', `/clients/${made.id}`);
        await api('PUT', `/clients/${made.id}/meeting-requirement`, { perWeek: numberValue(f, 'perWeek') }, { 'If-Match': current.etag });
      }
    } catch (e) {
      refused = (e.problem && ((e.problem.errors || [])[0] || {}).message) || e.message;
    }
    location.hash = `#/clients/${made.id}`;
    announce(refused
      ? `Admitted; the rest was refused (${refused}): record it on this page`
      : `${made.givenName} ${made.familyName} admitted`);
  }, 'POST /clients');
}
