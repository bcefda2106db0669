// Drug tests: the strip of results on the client's page (newest first, with the case manager's
// "explained by prescription"), and the house sheet's "Record a test" (phone-first, one screen,
// the common urine panel preselected).
import { post } from '../api.js';
import { labelOf, options } from '../codes.js';
import { h, field, input, select, formatDate, onSubmit, announce, withOffset, localNow } from '../ui.js';

/** What a house's cup usually tests for; a house changes the ticks for another panel. */
export const COMMON_PANEL = ['AMPHETAMINES', 'BENZODIAZEPINES', 'BUPRENORPHINE', 'CANNABIS',
  'COCAINE', 'FENTANYL', 'METHADONE', 'OPIATES', 'OXYCODONE'];

const CONCERN = new Set(['POSITIVE', 'REFUSED', 'MISSED']);

/** The client's tests as a strip over time, each positive one explainable by a prescription. */
export function toxicologySection(chart, tests, rule) {
  const c = chart.codes;
  const strip = h('ol', { class: 'strip', 'aria-label': 'Drug tests, newest first' }, tests.map((t) => {
    const explained = t.explanation;
    const cls = `test ${t.result.toLowerCase()}${explained ? ' explained' : ''}${CONCERN.has(t.result) && !explained ? ' concern' : ''}`;
    const item = h('li', { class: cls, 'data-test': String(t.id) },
      h('strong', {}, labelOf(c.testResults, t.result)),
      t.substancesPositive.length ? ` for ${t.substancesPositive.map((s) => labelOf(c.substances, s)).join(', ')}` : '',
      h('br'),
      `${formatDate(t.collectedAt)} · ${labelOf(c.testMethods, t.method)} · ${labelOf(c.testReasons, t.reason)}`,
      t.labConfirmed ? ' · lab-confirmed' : '',
      h('br'),
      h('span', { class: 'hint' }, `collected by ${t.collectedBy}, ${t.source}`));
    if (explained) {
      item.append(h('p', { class: 'notice' }, `Explained by prescription: ${explained.reason} (${explained.by}, ${formatDate(explained.at)})`));
    } else if (t.result === 'POSITIVE') {
      const reason = input('text', { maxlength: 500, autocomplete: 'off' });
      item.append(onSubmit(h('form', { 'data-operation': 'POST /clients/{clientId}/toxicology/{testId}/explanation', 'aria-label': `Explain the test of ${formatDate(t.collectedAt)}`, novalidate: true },
        field('Explained by a prescription', 'reason', reason, 'e.g. prescribed buprenorphine (MAT)'),
        h('button', { type: 'submit', class: 'secondary' }, 'Mark as explained')), async () => {
        await post(`/clients/${chart.id}/toxicology/${t.id}/explanation`, { reason: reason.value.trim() });
        await chart.reload('Marked as explained by prescription');
      }));
    }
    return item;
  }));
  const monthAgo = Date.now() - 30 * 86400000;
  const random = tests.filter((t) => t.reason === 'RANDOM' && t.result !== 'MISSED' && Date.parse(t.collectedAt) >= monthAgo).length;
  const ruleLine = rule
    ? h('p', { class: random < rule.perMonth ? 'form-error' : 'notice' },
      `${random} random ${random === 1 ? 'test' : 'tests'} in the last 30 days; ${rule.house} asks for ${rule.perMonth} a month in the first 90 days (day ${rule.day} of the stay).`)
    : h('p', {}, `${random} random ${random === 1 ? 'test' : 'tests'} in the last 30 days.`);
  return [h('h2', {}, 'Drug tests'), ruleLine,
    tests.length ? strip : h('p', {}, 'No drug tests recorded.')];
}



/** The house sheet's form: one resident's test, sent as a one-row batch (channel MANUAL). */
export function recordTestForm(house, residents, c, who) {
  const resident = select([['', 'Choose a resident'], ...residents.map((r) => [r.clientRef, r.name])]);
  const when = input('datetime-local', { value: localNow() });
  const method = select(options(c.testMethods));
  const reason = select(options(c.testReasons));
  const results = h('div', { class: 'choices', role: 'radiogroup', 'aria-label': 'Result' },
    options(c.testResults).map(([v, text]) => h('label', {},
      h('input', { type: 'radio', name: 'result', value: v, checked: v === 'NEGATIVE' }), text)));
  const panel = h('fieldset', { class: 'substances', 'data-field': 'substancesTested' }, h('legend', {}, 'Tested for'),
    h('div', { class: 'choices' }, options(c.substances).map(([v, text]) => h('label', {},
      h('input', { type: 'checkbox', name: 'tested', value: v, checked: COMMON_PANEL.includes(v) }), text))),
    h('p', { class: 'field-error', hidden: true }));
  const positives = h('fieldset', { class: 'substances', 'data-field': 'substancesPositive', hidden: true }, h('legend', {}, 'Positive for'),
    h('div', { class: 'choices' }, options(c.substances).map(([v, text]) => h('label', {},
      h('input', { type: 'checkbox', name: 'positive', value: v }), text))),
    h('p', { class: 'field-error', hidden: true }));
  const lab = h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'labConfirmed' }), ' Confirmed by a laboratory');
  const result = h('div', { 'aria-live': 'polite' });
  const formEl = h('form', { class: 'sheet', 'aria-label': 'Record a test', novalidate: true, 'data-operation': 'POST /toxicology/batches' },
    field('Resident', 'clientRef', resident),
    h('div', { class: 'row' }, field('Collected at', 'collectedAt', when), field('Method', 'method', method), field('Reason', 'reason', reason)),
    h('fieldset', { 'data-field': 'result' }, h('legend', {}, 'Result'), results, h('p', { class: 'field-error', hidden: true })),
    panel, positives, lab,
    h('button', { type: 'submit' }, 'Save the test'), result);
  const chosen = () => formEl.querySelector('input[name=result]:checked')?.value;
  const ticked = (name) => [...formEl.querySelectorAll(`input[name=${name}]:checked`)].map((x) => x.value);
  formEl.addEventListener('change', () => {
    positives.hidden = chosen() !== 'POSITIVE';
    const readsNothing = ['REFUSED', 'MISSED', 'INVALID'].includes(chosen());
    panel.hidden = readsNothing;
  });
  onSubmit(formEl, async () => {
    result.replaceChildren();
    if (!resident.value) {
      result.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, 'Choose the resident.'));
      return;
    }
    const outcome = chosen();
    const readsNothing = ['REFUSED', 'MISSED', 'INVALID'].includes(outcome);
    const record = {
      clientRef: resident.value,
      collectedAt: withOffset(when.value),
      method: method.value,
      reason: reason.value,
      result: outcome,
      substancesTested: readsNothing ? [] : ticked('tested'),
      substancesPositive: outcome === 'POSITIVE' ? ticked('positive') : [],
      labConfirmed: formEl.querySelector('input[name=labConfirmed]').checked,
      collectedBy: who,
      // the same test saved twice is stored once
      sourceRecordId: `web-test-${when.value}-${resident.value}`,
    };
    const answer = await post('/toxicology/batches', { houseCode: house.code, channel: 'MANUAL', records: [record] });
    const row = answer.rows[0];
    if (row.result === 'REJECTED') {
      const slot = formEl.querySelector(`[data-field="${CSS.escape(row.field)}"] .field-error`);
      if (slot) { slot.textContent = row.reason || row.code; slot.hidden = false; }
      result.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, `Not saved: ${row.reason || row.code}`));
      return;
    }
    result.replaceChildren(h('p', { class: 'notice', role: 'status' },
      row.result === 'DUPLICATE' ? 'This test was saved already.' : `Saved: ${labelOf(c.testResults, outcome)} for ${resident.selectedOptions[0].textContent}.`));
    announce('Test saved');
  });
  return formEl;
}
