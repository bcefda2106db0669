// Caseload: the case manager's clients, flagged ones first, sortable and filterable.
import { api, get, post } from '../api.js';
import { codes } from '../codes.js';
import { h, field, input, select, page, formatDate, flagLabel, announce, form, value, today } from '../ui.js';

const DAY = 86400000;

function daysSince(date) {
  return date ? Math.floor((Date.now() - Date.parse(date)) / DAY) : null;
}

const COLUMNS = [
  { key: 'name', label: 'Client', value: (r) => r.name },
  { key: 'level', label: 'Level', value: (r) => r.currentLevel || '' },
  { key: 'days', label: 'Days in level', value: (r) => daysSince(r.currentLevelSince) ?? -1 },
  { key: 'last', label: 'Last attendance', value: (r) => r.lastAttended || '' },
  { key: 'next', label: 'Next step-down', value: (r) => r.stepDownTargetDate || '9999' },
  { key: 'flags', label: 'Flags', value: (r) => r.flags.length },
];

export async function caseload() {
  const started = performance.now();
  const [{ rows }] = await Promise.all([get('/clients?size=500'), codes()]);
  let sort = { key: 'flags', descending: true };
  const nameFilter = input('search', { autocomplete: 'off' });
  const flags = [...new Set(rows.flatMap((r) => r.flags))].sort();
  const flagFilter = select([['', 'Any'], ...flags.map((f) => [f, flagLabel(f)])]);
  const table = h('table', { class: 'stack' });
  const count = h('p', { 'aria-live': 'polite' });

  function render() {
    const text = nameFilter.value.trim().toLowerCase();
    const flag = flagFilter.value;
    const column = COLUMNS.find((c) => c.key === sort.key);
    const shown = rows
      .filter((r) => !text || r.name.toLowerCase().includes(text))
      .filter((r) => !flag || r.flags.includes(flag))
      .sort((a, b) => {
        const x = column.value(a);
        const y = column.value(b);
        const order = x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name);
        return sort.descending ? -order : order;
      });
    const head = h('tr', {}, COLUMNS.map((c) => h('th', {
      scope: 'col',
      'aria-sort': c.key === sort.key ? (sort.descending ? 'descending' : 'ascending') : 'none',
    }, h('button', {
      type: 'button',
      class: 'sort',
      onclick: () => {
        sort = { key: c.key, descending: sort.key === c.key ? !sort.descending : c.key === 'flags' };
        render();
      },
    }, c.label))));
    const body = shown.map((r) => h('tr', { class: r.flags.length ? 'flagged' : null },
      h('td', { 'data-label': 'Client' }, h('a', { href: `#/clients/${r.clientId}` }, r.name)),
      h('td', { 'data-label': 'Level' }, r.currentLevel || '—'),
      h('td', { 'data-label': 'Days in level' }, daysSince(r.currentLevelSince) ?? '—'),
      h('td', { 'data-label': 'Last attendance' }, formatDate(r.lastAttended)),
      h('td', { 'data-label': 'Next step-down' }, formatDate(r.stepDownTargetDate)),
      h('td', { 'data-label': 'Flags' }, r.flags.length ? r.flags.map((f) => h('span', { class: 'flag' }, flagLabel(f))) : 'none'),
    ));
    table.replaceChildren(h('caption', { class: 'visually-hidden' }, 'Clients on the caseload'), h('thead', {}, head), h('tbody', {}, body));
    count.textContent = `${shown.length} of ${rows.length} clients`;
  }

  nameFilter.addEventListener('input', render);
  flagFilter.addEventListener('change', render);
  render();
  const [houses, clinics] = await Promise.all([get('/houses'), get('/clinics')]);
  const main = page('Caseload',
    h('details', {}, h('summary', {}, 'Admit a client'), admitForm(houses, clinics)),
    h('div', { class: 'filters', role: 'search' },
      field('Find a client', 'name', nameFilter),
      field('Only with flag', 'flag', flagFilter)),
    count,
    table);
  const ms = Math.round(performance.now() - started);
  main.dataset.renderMs = String(ms);
  main.dataset.rows = String(rows.length);
  announce(`Caseload loaded: ${rows.length} clients`);
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
        await post(`/clients/${made.id}/residencies`, { houseId: Number(value(f, 'houseId')), clientRef: value(f, 'clientRef'), moveIn: value(f, 'moveIn') });
      }
      if (value(f, 'perWeek') !== undefined) {
        const current = await api('GET', `/clients/${made.id}`);
        await api('PUT', `/clients/${made.id}/meeting-requirement`, { perWeek: Number(value(f, 'perWeek')) }, { 'If-Match': current.etag });
      }
    } catch (e) {
      refused = (e.problem && ((e.problem.errors || [])[0] || {}).message) || e.message;
    }
    location.hash = `#/clients/${made.id}`;
    announce(refused
      ? `Admitted; the rest was refused (${refused}): record it on this page`
      : `${made.givenName} ${made.familyName} admitted`);
  });
}
