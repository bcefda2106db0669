// Outcome measures: a questionnaire entered item by item (the server scores it), the result with
// its band and flags, and each instrument's scores over time as a chart.
import { post } from '../api.js';
import { labelOf } from '../codes.js';
import { h, field, input, select, form, value, today, svg, showProblem } from '../ui.js';

const PHQ_SCALE = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
const AGREE = ['Strongly disagree', 'Disagree', 'Somewhat disagree', 'Somewhat agree', 'Agree', 'Strongly agree'];

/** The published wording of each instrument's items and its answer scale (lowest answer first). */
const INSTRUMENTS = {
  PHQ_9: {
    lead: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    scale: PHQ_SCALE,
    lowest: 0,
    max: 27,
    items: [
      'Little interest or pleasure in doing things',
      'Feeling down, depressed, or hopeless',
      'Trouble falling or staying asleep, or sleeping too much',
      'Feeling tired or having little energy',
      'Poor appetite or overeating',
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Moving or speaking so slowly that other people could have noticed, or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    ],
  },
  GAD_7: {
    lead: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
    scale: PHQ_SCALE,
    lowest: 0,
    max: 21,
    items: [
      'Feeling nervous, anxious or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid as if something awful might happen',
    ],
  },
  BARC_10: {
    lead: 'How much do you agree with each statement?',
    scale: AGREE,
    lowest: 1,
    max: 60,
    items: [
      'There are more important things to me in life than using substances',
      'In general I am happy with my life',
      'I have enough energy to complete the tasks I set for myself',
      'I am proud of the community I live in and feel part of it',
      'I get lots of support from friends',
      'I regard my life as challenging and fulfilling without the need for using drugs or alcohol',
      'My living space has helped to drive my recovery journey',
      'I take full responsibility for my actions',
      'I am happy dealing with a range of professional people',
      'I am making good progress on my recovery journey',
    ],
  },
};

/** One instrument's totals over time: a line, a dot per administration, the scale's range. */
function trendChart(instrument, points, title) {
  const width = 360;
  const height = 140;
  const pad = 28;
  const { max } = INSTRUMENTS[instrument];
  const min = INSTRUMENTS[instrument].lowest * INSTRUMENTS[instrument].items.length;
  const sorted = points.slice().sort((a, b) => (a.administeredOn < b.administeredOn ? -1 : 1));
  const description = `${title}: ${sorted.map((p) => `${p.administeredOn} ${p.score}`).join(', ')}`;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': description });
  const x = (i) => pad + (sorted.length === 1 ? (width - 2 * pad) / 2 : (i / (sorted.length - 1)) * (width - 2 * pad));
  const y = (v) => height - pad - ((v - min) / (max - min)) * (height - 2 * pad);
  [min, max].forEach((v) => {
    chart.append(svg('line', { x1: pad, x2: width - pad, y1: y(v), y2: y(v), stroke: '#e3e7eb' }));
    chart.append(svg('text', { x: 2, y: y(v) + 4, 'font-size': 10, fill: '#4a5360' }, String(v)));
  });
  chart.append(svg('path', {
    d: sorted.map((p, i) => `${i ? 'L' : 'M'} ${x(i)} ${y(p.score)}`).join(' '), fill: 'none', stroke: '#0b5cad', 'stroke-width': 2,
  }));
  sorted.forEach((p, i) => {
    chart.append(svg('circle', { cx: x(i), cy: y(p.score), r: 3.5, fill: '#0b5cad' }));
    chart.append(svg('text', { x: x(i) - 14, y: height - 8, 'font-size': 9, fill: '#4a5360' }, p.administeredOn.slice(5)));
  });
  return h('figure', { class: 'trend' }, h('figcaption', {}, title), chart);
}

function questionnaire(instrument) {
  const def = INSTRUMENTS[instrument];
  return h('div', { class: 'items', 'data-field': 'answers' },
    h('p', { class: 'hint' }, def.lead),
    def.items.map((text, i) => h('fieldset', { class: 'choices', 'data-field': `answers[${i}]` },
      h('legend', {}, `${i + 1}. ${text}`),
      def.scale.map((label, k) => h('label', {},
        h('input', { type: 'radio', name: `item-${i}`, value: def.lowest + k }), `${def.lowest + k} ${label}`)),
      h('p', { class: 'field-error', hidden: true }))),
    h('p', { class: 'field-error', hidden: true }));
}

export function measuresSection({ id, codes: c, reload }, measures) {
  const chosen = select(c.instruments.map((i) => [i.code, i.label]), { name: 'instrument' });
  const items = h('div', {}, questionnaire(chosen.value));
  chosen.addEventListener('change', () => items.replaceChildren(questionnaire(chosen.value)));
  const result = h('div', { 'aria-live': 'polite' });
  const entry = form('Enter a questionnaire', [
    h('div', { class: 'row' },
      field('Questionnaire', 'instrument', chosen),
      field('Answered on', 'administeredOn', input('date', { value: today() }))),
    items, result,
  ], 'Score it', async (f) => {
    const count = INSTRUMENTS[chosen.value].items.length;
    const answers = [...Array(count).keys()].map((i) => {
      const picked = f.querySelector(`input[name="item-${i}"]:checked`);
      return picked ? Number(picked.value) : null;
    });
    const missing = answers.findIndex((a) => a === null);
    if (missing >= 0) {
      showProblem(f, { problem: { errors: [{ field: `answers[${missing}]`, message: `Item ${missing + 1} has no answer` }] } });
      return;
    }
    const scored = await post(`/clients/${id}/measures`, { instrument: chosen.value, administeredOn: value(f, 'administeredOn'), answers });
    await reload(`${labelOf(c.instruments, scored.instrument)} scored ${scored.score}, ${labelOf(c.measureBands, scored.band)}`);
  }, 'POST /clients/{clientId}/measures');
  const byInstrument = new Map();
  measures.forEach((m) => byInstrument.set(m.instrument, [...(byInstrument.get(m.instrument) || []), m]));
  const latest = measures.map((m) => h('li', { class: m.flags.length ? 'flagged' : null },
    `${m.administeredOn} ${labelOf(c.instruments, m.instrument)}: ${m.score} (${labelOf(c.measureBands, m.band)})`,
    m.flags.map((fl) => h('span', { class: 'flag' }, labelOf(c.measureFlags, fl))),
    h('span', { class: 'hint' }, ` by ${m.administeredBy}`)));
  return h('section', { class: 'panel', 'aria-labelledby': 'measures-h' },
    h('h2', { id: 'measures-h' }, 'Outcome measures'),
    h('div', { class: 'trends' }, [...byInstrument].map(([code, points]) => trendChart(code, points, labelOf(c.instruments, code)))),
    measures.length ? h('ul', { 'aria-label': 'Measures' }, latest) : h('p', {}, 'No questionnaires yet.'),
    h('details', {}, h('summary', {}, 'Enter a questionnaire'), entry));
}
