// The referring clinician's list of summaries delivered to their clinic, and one as sent, with
// the acknowledgement that closes the loop: "read", and a short reply to the case manager.
import { get, post } from '../api.js';
import { h, field, page, formatDate, onSubmit, announce } from '../ui.js';

function acknowledged(a) {
  return `Acknowledged by ${a.by} ${formatDate(a.at)}${a.reply ? `: “${a.reply}”` : ''}`;
}

export async function summaries(id) {
  if (id) {
    const [bundle, list] = await Promise.all([get(`/summaries/${id}`), get('/summaries')]);
    const listed = list.find((s) => s.id === id);
    const composition = bundle.entry[0].resource;
    const state = h('div', { 'aria-live': 'polite' });
    if (listed && listed.acknowledgement) {
      state.replaceChildren(h('p', { class: 'notice' }, acknowledged(listed.acknowledgement)));
    } else {
      const reply = h('textarea', { maxlength: 500 });
      const ack = onSubmit(
        h('form', { 'data-operation': 'POST /summaries/{summaryId}/acknowledgement', 'aria-label': 'Acknowledge this summary', novalidate: true },
          field('Reply to the case manager (optional)', 'reply', reply,
            'For example: saw him Tuesday, continuing psychiatric follow-up'),
          h('button', { type: 'submit' }, 'Acknowledge')),
        async () => {
          const a = await post(`/summaries/${id}/acknowledgement`, { reply: reply.value.trim() || undefined });
          state.replaceChildren(h('p', { class: 'notice', role: 'status' }, acknowledged(a)));
          announce('Summary acknowledged');
        },
      );
      state.replaceChildren(ack);
    }
    page(composition.title,
      h('p', {}, h('a', { href: '#/summaries' }, 'All summaries')),
      state,
      composition.section.map((s) => h('section', { class: 'panel' },
        h('h2', {}, s.title),
        h('div', {}, new DOMParser().parseFromString(s.text.div, 'application/xhtml+xml').documentElement.textContent))));
    return;
  }
  const list = await get('/summaries');
  page('Progress summaries',
    list.length ? h('ul', {}, list.map((s) => h('li', {},
      h('a', { href: `#/summaries/${s.id}` }, `${s.periodStart} – ${s.periodEnd}`),
      ` delivered ${formatDate(s.deliveredAt)}${s.clinician ? ` to ${s.clinician}` : ''}`,
      s.acknowledgement ? ` · acknowledged ${formatDate(s.acknowledgement.at)}` : ' · not acknowledged yet'))) : h('p', {}, 'No summaries.'));
}
