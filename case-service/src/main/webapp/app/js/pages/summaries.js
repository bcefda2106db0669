// The referring clinician's list of summaries delivered to their clinic, and one as sent.
import { get } from '../api.js';
import { h, page, formatDate } from '../ui.js';

export async function summaries(id) {
  if (id) {
    const bundle = await get(`/summaries/${id}`);
    const composition = bundle.entry[0].resource;
    page(composition.title,
      h('p', {}, h('a', { href: '#/summaries' }, 'All summaries')),
      composition.section.map((s) => h('section', { class: 'panel' },
        h('h2', {}, s.title),
        h('div', {}, new DOMParser().parseFromString(s.text.div, 'application/xhtml+xml').documentElement.textContent))));
    return;
  }
  const list = await get('/summaries');
  page('Progress summaries',
    list.length ? h('ul', {}, list.map((s) => h('li', {},
      h('a', { href: `#/summaries/${s.id}` }, `${s.periodStart} – ${s.periodEnd}`),
      ` delivered ${formatDate(s.deliveredAt)}${s.clinician ? ` to ${s.clinician}` : ''}`))) : h('p', {}, 'No summaries.'));
}
