// The trigger log: a quick entry (HALT as toggles, craving on a slider), the last 30 days' pattern,
// and every entry as written, corrections included.
import { post } from '../api.js';
import { options, labelOf } from '../codes.js';
import { h, field, input, select, form, value, today, formatDate } from '../ui.js';

function patternView(p, c) {
  const counts = (list, items) => (items.length ? items.map((x) => `${labelOf(list, x.code)} ${x.count}`).join(', ') : 'none');
  const trend = {
    RISING: 'rising', FALLING: 'falling', STEADY: 'steady', TOO_FEW_ENTRIES: 'too few entries to tell',
  }[p.cravingTrend];
  return h('div', { class: 'pattern', 'aria-label': 'Last 30 days' },
    h('p', {}, h('strong', {}, `Last 30 days: ${p.entries} entries. `),
      `Triggers: ${counts(c.triggerCategories, p.categories)}. HALT: ${counts(c.haltStates, p.haltStates)}. `,
      `Cravings ${trend}. Lapses ${p.lapses}, relapses ${p.relapses}.`));
}

export function triggerLogSection({ id, codes: c, reload }, entries, pattern) {
  const replaced = new Set(entries.filter((e) => e.correctsId).map((e) => e.correctsId));
  const craving = input('range', { min: 0, max: 10, step: 1, value: 5, name: 'craving', 'aria-label': 'Craving from 0 to 10' });
  const shown = h('output', {}, '5');
  craving.addEventListener('input', () => { shown.textContent = craving.value; });
  const entry = form('Log a trigger', [
    h('div', { class: 'row' },
      field('When', 'occurredOn', input('date', { value: today() })),
      field('Kind of trigger', 'category', select(options(c.triggerCategories)))),
    field('What happened', 'situation', input('text')),
    field('Feelings', 'feelings', input('text')),
    h('fieldset', { 'data-field': 'haltStates', class: 'choices' }, h('legend', {}, 'HALT: present at the time'),
      c.haltStates.map((s) => h('label', {}, h('input', { type: 'checkbox', name: 'haltStates', value: s.code }), s.label)),
      h('p', { class: 'field-error', hidden: true })),
    h('div', { class: 'field', 'data-field': 'craving' }, h('label', {}, 'Craving (0–10) ', shown), craving,
      h('p', { class: 'field-error', hidden: true })),
    h('div', { class: 'field', 'data-field': 'responseFromPlan' },
      h('label', {}, h('input', { type: 'checkbox', name: 'responseFromPlan', checked: true }), ' Used the plan\'s response'),
      h('p', { class: 'field-error', hidden: true })),
    field('What the client did', 'response', input('text')),
    h('fieldset', { 'data-field': 'outcome', class: 'choices' }, h('legend', {}, 'Outcome'),
      c.useOutcomes.map((o, i) => h('label', {}, h('input', { type: 'radio', name: 'outcome', value: o.code, checked: i === 0 }), o.label)),
      h('p', { class: 'field-error', hidden: true })),
  ], 'Log entry', async (f) => {
    await post(`/clients/${id}/trigger-log`, {
      occurredOn: value(f, 'occurredOn'),
      category: value(f, 'category'),
      situation: value(f, 'situation'),
      feelings: value(f, 'feelings'),
      haltStates: [...f.querySelectorAll('input[name=haltStates]:checked')].map((x) => x.value),
      craving: Number(craving.value),
      responseFromPlan: f.querySelector('input[name=responseFromPlan]').checked,
      response: value(f, 'response'),
      outcome: f.querySelector('input[name=outcome]:checked').value,
    });
    await reload('Trigger logged');
  }, 'POST /clients/{clientId}/trigger-log');
  const list = h('ul', { 'aria-label': 'Trigger log' }, entries.map((e) => h('li', { class: replaced.has(e.id) ? 'replaced' : null },
    `${e.occurredOn} ${e.category}: ${e.situation} — craving ${e.craving}, HALT ${e.haltStates.join(', ') || 'none'}, ${e.outcome}`,
    e.correctsId ? ` (corrects an entry: ${e.correctionReason})` : '',
    replaced.has(e.id) ? ' (replaced)' : '',
    h('span', { class: 'hint' }, ` ${formatDate(e.recordedAt)} ${e.recordedBy}`))));
  return h('section', { class: 'panel', 'aria-labelledby': 'triggers-h' },
    h('h2', { id: 'triggers-h' }, 'Trigger log'),
    patternView(pattern, c),
    h('details', {}, h('summary', {}, 'Log a trigger'), entry),
    entries.length ? list : h('p', {}, 'Nothing logged yet.'));
}
