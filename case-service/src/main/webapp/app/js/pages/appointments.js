// Aftercare appointments: each series with its adherence, the recent scheduled days with "kept" and
// "missed" one tap each, and the form to set up a series.
import { post } from '../api.js';
import { options, labelOf } from '../codes.js';
import { h, field, input, select, form, value, today, daysBefore } from '../ui.js';

const pct = (a) => (a.rate == null ? 'no appointments recorded' : `${Math.round(a.rate * 100)}% kept (${a.kept} of ${a.kept + a.missed + a.cancelledByClient})`);

/** The series' scheduled days of the last four weeks, newest first. */
function recentDays(series) {
  const step = series.unit === 'WEEKS' ? series.every * 7 : series.every;
  const days = [];
  const end = today();
  for (let d = series.startsOn; d <= end; d = daysBefore(d, -step)) {
    if (d > daysBefore(end, 28) && (!series.endsOn || d <= series.endsOn)) days.push(d);
  }
  return days.reverse();
}

export function appointmentsSection({ id, codes: c, reload }, standing) {
  const label = (code) => labelOf(c.appointmentKinds, code);
  const items = standing.series.map((s) => {
    const recorded = new Map(s.occurrences.map((o) => [o.scheduledOn, o.outcome]));
    const days = recentDays(s.series);
    return h('li', {},
      h('p', {}, h('strong', {}, `${label(s.series.kind)} with ${s.series.provider}`),
        `, every ${s.series.every} ${s.series.unit.toLowerCase()} from ${s.series.startsOn}`,
        s.minimumMetOn ? `, at least until ${s.minimumMetOn}` : '',
        s.series.medicationManagement ? ' (medication)' : ''),
      h('p', {}, `Last 4 weeks: ${pct(s.last4Weeks)} · last 12 weeks: ${pct(s.last12Weeks)}`),
      h('ul', { class: 'days', 'aria-label': `Recent ${label(s.series.kind)} appointments` }, days.map((d) => h('li', {},
        h('span', {}, `${d}: ${recorded.get(d) || 'not recorded'} `),
        ['KEPT', 'MISSED'].map((o) => h('button', { 'data-operation': 'POST /clients/{clientId}/appointments/{seriesId}/occurrences',
          type: 'button',
          class: recorded.get(d) === o ? null : 'secondary',
          'aria-pressed': recorded.get(d) === o ? 'true' : 'false',
          onclick: async () => {
            await post(`/clients/${id}/appointments/${s.series.id}/occurrences`, { scheduledOn: d, outcome: o });
            await reload(`${d} recorded as ${o.toLowerCase()}`);
          },
        }, o === 'KEPT' ? 'Kept' : 'Missed'))))));
  });
  const add = form('Set up an appointment series', [
    h('div', { class: 'row' },
      field('Kind', 'kind', select(options(c.appointmentKinds))),
      field('Provider', 'provider', input('text'))),
    h('div', { class: 'row' },
      field('Every', 'every', input('number', { min: 1, max: 52, value: 1 })),
      field('Unit', 'unit', select(options(c.recurrenceUnits))),
      field('Starts on', 'startsOn', input('date', { value: today() })),
      field('Ends on (optional)', 'endsOn', input('date')),
      field('At least (weeks)', 'minimumWeeks', input('number', { min: 1, max: 520 }))),
    h('div', { class: 'field', 'data-field': 'medicationManagement' },
      h('label', {}, h('input', { type: 'checkbox', name: 'medicationManagement' }), ' Psychiatric check-ins for medication'),
      h('p', { class: 'field-error', hidden: true })),
  ], 'Add series', async (f) => {
    await post(`/clients/${id}/appointments`, {
      kind: value(f, 'kind'),
      provider: value(f, 'provider'),
      every: Number(value(f, 'every')),
      unit: value(f, 'unit'),
      startsOn: value(f, 'startsOn'),
      ...(value(f, 'endsOn') ? { endsOn: value(f, 'endsOn') } : {}),
      ...(value(f, 'minimumWeeks') ? { minimumWeeks: Number(value(f, 'minimumWeeks')) } : {}),
      medicationManagement: f.querySelector('input[name=medicationManagement]').checked,
    });
    await reload('Series added');
  }, 'POST /clients/{clientId}/appointments');
  return h('section', { class: 'panel', 'aria-labelledby': 'appointments-h' },
    h('h2', { id: 'appointments-h' }, 'Aftercare appointments'),
    h('p', {}, `All series, last 4 weeks: ${pct(standing.last4Weeks)} · last 12 weeks: ${pct(standing.last12Weeks)}`),
    items.length ? h('ul', {}, items) : h('p', {}, 'No appointments set up.'),
    h('details', {}, h('summary', {}, 'Set up a series'), add));
}
