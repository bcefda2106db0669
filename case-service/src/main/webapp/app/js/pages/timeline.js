// The level-of-care timeline as a picture: one step per entry, higher is more intensive care.
import { h, svg } from '../ui.js';

/**
 * {@code uses}: lapses and relapses from the trigger log (entries in force), marked on the same
 * time axis; they do not change the level of care.
 */
export function timeline(entries, levelsByIntensity, uses = []) {
  const width = 720;
  const height = 220;
  const left = 70;
  const right = 20;
  const top = 15;
  const bottom = 35;
  const levels = levelsByIntensity;
  const figure = h('figure', { class: 'timeline' });
  const useText = uses.length ? `; ${uses.map((u) => `${u.outcome.toLowerCase()} ${u.occurredOn}`).join(', ')}` : '';
  const description = entries.length
    ? `Level of care over time: ${entries.map((e) => `${e.effectiveDate} ${e.toLevel ? e.toLevel.code : 'discharged'}`).join(', ')}${useText}`
    : 'No timeline entries yet';
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': description });
  if (entries.length) {
    const start = Date.parse(entries[0].effectiveDate);
    const end = Math.max(Date.now(), start + 86400000);
    const x = (d) => left + ((Date.parse(d) - start) / (end - start)) * (width - left - right);
    const y = (code) => {
      const i = code ? levels.indexOf(code) : levels.length;
      return top + (Math.max(i, 0) / levels.length) * (height - top - bottom);
    };
    levels.forEach((code) => {
      chart.append(svg('text', { x: 4, y: y(code) + 4, 'font-size': 11, fill: '#4a5360' }, code));
      chart.append(svg('line', { x1: left, x2: width - right, y1: y(code), y2: y(code), stroke: '#e3e7eb' }));
    });
    let d = '';
    entries.forEach((e, i) => {
      const px = x(e.effectiveDate);
      const py = y(e.toLevel ? e.toLevel.code : null);
      d += i === 0 ? `M ${px} ${py}` : ` H ${px} V ${py}`;
    });
    d += ` H ${width - right}`;
    chart.append(svg('path', { d, fill: 'none', stroke: '#0b5cad', 'stroke-width': 3 }));
    entries.forEach((e) => {
      chart.append(svg('circle', { cx: x(e.effectiveDate), cy: y(e.toLevel ? e.toLevel.code : null), r: 4, fill: '#0b5cad' }));
      chart.append(svg('text', { x: x(e.effectiveDate) + 3, y: height - 12, 'font-size': 10, fill: '#4a5360' }, e.effectiveDate.slice(5)));
    });
    uses.filter((u) => Date.parse(u.occurredOn) >= start).forEach((u) => {
      const ux = x(u.occurredOn);
      chart.append(svg('path', { d: `M ${ux - 6} ${top} L ${ux + 6} ${top} L ${ux} ${top + 10} Z`, fill: '#a4161a' }));
      chart.append(svg('text', { x: ux + 8, y: top + 9, 'font-size': 10, fill: '#a4161a' }, u.outcome === 'RELAPSE' ? 'relapse' : 'lapse'));
    });
  }
  figure.append(chart, h('figcaption', { class: 'visually-hidden' }, description));
  return figure;
}
