// What became of the files a house's system sent: each file's counts, and its refused rows with the
// line, the field and the reason, as the house manager, the admin and the case manager see them.
import { get } from '../api.js';
import { h, formatDate } from '../ui.js';

const PAGE = 25;

/**
 * The house's files, newest first, {@code firstPage} being the first 25 (as GET
 * /houses/{id}/intake-reports answers); older ones a page at a time.
 */
export function reportsTable(houseId, firstPage) {
  const panel = h('div', {});
  let pageNumber = 0;
  const show = (reports) => {
    const turn = (by) => async () => {
      pageNumber += by;
      show(await get(`/houses/${houseId}/intake-reports?page=${pageNumber}&size=${PAGE}`));
    };
    panel.replaceChildren(reports.length ? table(houseId, reports) : h('p', {}, pageNumber ? 'No older files.' : 'No files received yet.'),
      pageNumber || reports.length === PAGE ? h('nav', { class: 'pager', 'aria-label': 'File pages' },
        h('button', { type: 'button', disabled: pageNumber === 0, onclick: turn(-1) }, 'Newer files'),
        h('button', { type: 'button', disabled: reports.length < PAGE, onclick: turn(1) }, 'Older files')) : null);
  };
  show(firstPage);
  return panel;
}

function table(houseId, reports) {
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
