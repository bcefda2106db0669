// Today: the case manager's first screen — the clients who need them now, urgent first, then by
// severity and age (the server's order). Acknowledge in one tap, resolve with a few words and a
// second; the client's page is one tap away.
import { get, post } from '../api.js';
import { codes, labelOf } from '../codes.js';
import { h, field, input, page, onSubmit, announce, formatDate } from '../ui.js';

// what case managers most often write; any short outcome will do
const OUTCOMES = [
  'Called, back at meetings',
  'Called, safety plan reviewed',
  'Seen in person',
  'Called, no answer — trying again tomorrow',
  'Clinic contacted',
];

export async function today() {
  const [items, all] = await Promise.all([get('/attention'), codes()]);
  const count = h('p', { 'aria-live': 'polite' });
  const list = h('ul', { class: 'worklist' });
  // the server's order, 50 cards at a time: a program-wide list (an admin's) can hold thousands
  const PAGE = 50;
  const left = [...items];
  let shown = 0;
  const more = h('button', { type: 'button', class: 'secondary', onclick: () => showMore() }, '');
  const outcomes = h('datalist', { id: 'outcomes' }, OUTCOMES.map((o) => h('option', { value: o })));

  function tally() {
    const urgent = left.filter((i) => i.severity === 'URGENT').length;
    count.textContent = left.length
      ? `${left.length} ${left.length === 1 ? 'item needs' : 'items need'} you${urgent ? `, ${urgent} urgent` : ''}.`
      : 'Nobody needs you right now.';
    more.hidden = shown >= left.length;
    more.textContent = `Show ${Math.min(PAGE, left.length - shown)} more (${left.length - shown} not shown)`;
  }

  function showMore() {
    list.append(...left.slice(shown, shown + PAGE).map(card));
    shown = Math.min(shown + PAGE, left.length);
    tally();
  }

  function card(item) {
    const status = h('p', { class: 'hint' }, statusLine(item));
    const acknowledge = item.status === 'OPEN'
      ? h('button', { 'data-operation': 'POST /attention/{itemId}/acknowledgement',
        type: 'button',
        class: 'secondary',
        onclick: async (event) => {
          const done = await post(`/attention/${item.id}/acknowledgement`, undefined);
          status.textContent = statusLine(done);
          event.target.remove();
          announce(`Acknowledged: ${item.clientName}`);
        },
      }, 'Acknowledge')
      : null;
    const outcome = input('text', { list: 'outcomes', maxlength: 500, autocomplete: 'off' });
    const resolve = onSubmit(
      h('form', { 'data-operation': 'POST /attention/{itemId}/resolution', 'aria-label': `Resolve: ${item.clientName}`, novalidate: true, class: 'row' },
        field('What was done', 'outcome', outcome),
        h('button', { type: 'submit' }, 'Resolve')),
      async () => {
        await post(`/attention/${item.id}/resolution`, { outcome: outcome.value.trim() });
        li.remove();
        left.splice(left.indexOf(item), 1);
        shown -= 1;
        tally();
        announce(`Resolved: ${item.clientName}`);
      },
    );
    const li = h('li', { class: `item ${item.severity.toLowerCase()}`, 'data-item': String(item.id) },
      h('h2', {}, h('a', { href: `#/clients/${item.clientId}` }, item.clientName)),
      h('p', {},
        h('span', { class: `severity ${item.severity.toLowerCase()}` }, labelOf(all.severities, item.severity)),
        ' ', labelOf(all.attentionRules, item.rule)),
      status,
      h('div', { class: 'actions' }, acknowledge, resolve));
    return li;
  }

  showMore();
  page('Today', count, outcomes, list, more);
}

function statusLine(item) {
  const since = `Since ${formatDate(item.openedAt)}`;
  return item.status === 'ACKNOWLEDGED'
    ? `${since} · acknowledged by ${item.acknowledgedBy} ${formatDate(item.acknowledgedAt)}`
    : since;
}
