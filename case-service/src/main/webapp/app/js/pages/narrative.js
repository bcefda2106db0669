// The narrative for the clinic: written for a period (the last 7 days by default, as an on-demand
// summary covers), a draft until marked ready; only a ready one is sent with a summary.
import { api, get } from '../api.js';
import { h, field, input, form, today, daysBefore } from '../ui.js';

export async function narrativeSection({ id, reload }) {
  const end = daysBefore(today(), 1);
  const start = daysBefore(end, 6);
  const path = `/clients/${id}/clinic-narratives/${start}/${end}`;
  const [current, all] = await Promise.all([api('GET', path), get(`/clients/${id}/clinic-narratives`)]);
  const n = current.data;
  const earlier = all.filter((x) => !(x.period.start === start && x.period.end === end));
  const editor = form('Narrative for the clinic', [
    field(`For ${start} – ${end}`, 'body', h('textarea', { rows: 5 }, n.body), 'Written for the referring clinician: case notes are never sent.'),
    h('div', { class: 'field', 'data-field': 'ready' },
      h('label', {}, input('checkbox', { name: 'ready', checked: n.ready }), ' Ready to send'),
      h('p', { class: 'field-error', hidden: true })),
  ], 'Save narrative', async (f) => {
    await api('PUT', path, { body: f.elements.namedItem('body').value, ready: f.querySelector('input[name=ready]').checked }, { 'If-Match': current.etag });
    await reload('Narrative saved');
  }, 'PUT /clients/{clientId}/clinic-narratives/{periodStart}/{periodEnd}');
  return h('section', { class: 'panel', 'aria-labelledby': 'narrative-h' },
    h('h2', { id: 'narrative-h' }, 'Narrative for the clinic'),
    h('p', {}, n.version ? `${n.ready ? 'Ready' : 'Draft'}, saved by ${n.recordedBy}` : 'Nothing written for this period.'),
    editor,
    earlier.length ? h('details', {}, h('summary', {}, `Earlier narratives (${earlier.length})`),
      h('ul', {}, earlier.map((x) => h('li', {}, h('strong', {}, `${x.period.start} – ${x.period.end}, ${x.ready ? 'ready' : 'draft'}: `), x.body)))) : null);
}
