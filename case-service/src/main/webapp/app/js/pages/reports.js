// What became of the files a house's system sent: each file's counts, and its refused rows with the
// line, the field and the reason, as the house manager, the admin and the case manager see them.
import { get } from '../api.js';
import { h, formatDate } from '../ui.js';

export function reportsTable(houseId, reports) {
  if (!reports.length) return h('p', {}, 'No files received yet.');
  return h('table', { class: 'stack' },
    h('caption', { class: 'visually-hidden' }, 'File imports'),
    h('thead', {}, h('tr', {}, ['Received', 'File', 'Outcome', 'Accepted', 'Refused rows'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, reports.map((r) => h('tr', {},
      h('td', { 'data-label': 'Received' }, formatDate(r.receivedAt)),
      h('td', { 'data-label': 'File' }, r.sourceName),
      h('td', { 'data-label': 'Outcome' }, r.outcome),
      h('td', { 'data-label': 'Accepted' }, String(r.accepted)),
      h('td', { 'data-label': 'Refused rows' }, r.rejected ? h('button', {
        type: 'button',
        class: 'secondary',
        'data-operation': 'GET /houses/{houseId}/intake-reports/{reportId}',
        onclick: async (event) => {
          const full = await get(`/houses/${houseId}/intake-reports/${r.id}`);
          event.target.replaceWith(h('ul', {}, full.rejects.map((x) => h('li', {}, `line ${x.line}: ${x.field ? `${x.field} — ` : ''}${x.reason}`))));
        },
      }, `${r.rejected} — show`) : '0')))));
}
