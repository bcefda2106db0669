// Caseload: the case manager's clients, flagged ones first, sortable and filterable.
import { get } from '../api.js';
import { codes } from '../codes.js';
import { h, field, input, select, page, formatDate, flagLabel, announce } from '../ui.js';

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
  const main = page('Caseload',
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
