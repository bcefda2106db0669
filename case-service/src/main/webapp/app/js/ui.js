// Small DOM helpers. Text always goes in as text (never as HTML), so nothing a user typed can
// become markup.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element (text as text, like h()). */
export function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Today in the browser's zone, as 2026-12-03. */
export function today() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** A date {@code days} before {@code date} (both as 2026-12-03). */
export function daysBefore(date, days) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

let fieldSeq = 0;

/** A labelled field; its error slot is tied to the input with aria-describedby. */
export function field(label, name, input, hint) {
  const id = `f${++fieldSeq}`;
  input.id = id;
  input.name = name;
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const hintEl = hint ? h('p', { id: `${id}-hint`, class: 'hint' }, hint) : null;
  input.setAttribute('aria-describedby', [hintEl ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' '));
  return h('div', { class: 'field', 'data-field': name }, h('label', { for: id }, label), hintEl, input, error);
}

export function input(type = 'text', attrs = {}) {
  return h('input', { type, ...attrs });
}

export function select(options, attrs = {}) {
  return h('select', attrs, options.map(([value, text]) => h('option', { value }, text)));
}

/** Clears a form's messages. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((e) => { e.hidden = true; e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  form.querySelectorAll('.form-error').forEach((e) => e.remove());
}

/**
 * Shows a problem+json answer on the form: each error next to the field it names (the server's
 * field path, e.g. "effectiveDate" or "expiry.date"), the rest at the top of the form.
 */
export function showProblem(form, error) {
  clearErrors(form);
  const problem = error.problem || {};
  const unplaced = [];
  let first = null;
  for (const e of problem.errors || []) {
    const slot = form.querySelector(`[data-field="${CSS.escape(e.field)}"]`)
      || form.querySelector(`[data-field="${CSS.escape(String(e.field).split(/[.[]/)[0])}"]`);
    if (!slot) { unplaced.push(e.message ? `${e.field}: ${e.message}` : e.field); continue; }
    const message = slot.querySelector('.field-error');
    message.textContent = e.message || e.code;
    message.hidden = false;
    const control = slot.querySelector('input, select, textarea');
    if (control) control.setAttribute('aria-invalid', 'true');
    first = first || control;
  }
  if (unplaced.length || !(problem.errors || []).length) {
    const text = [problem.title || error.message, problem.detail, ...unplaced].filter(Boolean).join(' — ');
    form.prepend(h('p', { class: 'form-error', role: 'alert' }, text));
  }
  if (first) first.focus();
}

/**
 * The one way a form is sent: its messages cleared, its submit button disabled while
 * {@code send(form)} runs, and a refusal shown on the form: the server's problem next to its
 * fields, or, when the server could not be reached, what happened and what to do.
 */
export function onSubmit(form, send) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    try {
      await send(form);
    } catch (e) {
      showProblem(form, explained(e));
    } finally {
      if (button) button.disabled = false;
    }
  });
  return form;
}

/**
 * A refusal as a person reads it: what happened and what to do, for the answers that are not about
 * a field (the server's field errors are kept as they are).
 */
function explained(e) {
  if (!e.problem) {
    return { problem: { title: 'Stepwise could not be reached: check the connection and try again. Nothing was saved.' } };
  }
  const says = (title) => ({ status: e.status, problem: { ...e.problem, title, errors: [] } });
  if (e.status === 412 || (e.status === 409 && !(e.problem.errors || []).length)) {
    return says('Someone else changed this record since you opened it: reload the page to see their change, then make yours again. Nothing was saved.');
  }
  if (e.status === 401) {
    return says('Your session has ended: log in again, then repeat this. Nothing was saved.');
  }
  if (e.status === 403 || e.status === 404) {
    return says('This is not yours to change, or it no longer exists. Nothing was saved.');
  }
  if (e.status >= 500) {
    return says('Stepwise could not save this just now: try again in a moment. Nothing was saved.');
  }
  return e;
}

/**
 * A button that shows what {@code load()} fetches below it, and hides it again on a second press
 * ({@code aria-expanded} says which); {@code attrs} go on the button (its class, the
 * {@code data-operation} it performs).
 */
export function disclosure(label, attrs, load) {
  const shown = h('div', { 'aria-live': 'polite' });
  const button = h('button', {
    type: 'button',
    class: 'secondary',
    ...attrs,
    'aria-expanded': 'false',
    onclick: async () => {
      if (button.getAttribute('aria-expanded') === 'true') {
        shown.replaceChildren();
        button.setAttribute('aria-expanded', 'false');
        return;
      }
      shown.replaceChildren(...[await load()].flat().filter((c) => c !== null && c !== undefined));
      button.setAttribute('aria-expanded', 'true');
    },
  }, label);
  return h('div', {}, button, shown);
}

/**
 * A form that runs {@code send} on submit and shows the server's answer (see onSubmit);
 * {@code operation} names the API call it makes ("POST /clients/{clientId}/goals"), which the
 * browser tests check every operation a role may perform has.
 */
export function form(label, fields, submitText, send, operation) {
  const button = h('button', { type: 'submit' }, submitText);
  return onSubmit(h('form', { 'aria-label': label, novalidate: true, 'data-operation': operation }, ...fields, button), send);
}

/** A form control's trimmed value, undefined when empty. */
export function value(formEl, name) {
  const control = formEl.elements.namedItem(name);
  const v = control ? control.value.trim() : '';
  return v === '' ? undefined : v;
}

/** A field's number, undefined when it is empty (the server names a required one). */
export function numberValue(formEl, name) {
  const v = value(formEl, name);
  return v === undefined ? undefined : Number(v);
}

export function announce(text) {
  const status = document.getElementById('status');
  status.textContent = '';
  setTimeout(() => { status.textContent = text; }, 50);
}

/** 2026-11-22T19:00 in the browser's zone, with its offset. */
export function withOffset(local) {
  const offset = -new Date(local).getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Now in the browser's zone, to the minute, as a datetime-local input takes it. */
export function localNow() {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

/** A day as 2026-12-03: a date as it is, an instant as the day it was where the browser is. */
export function formatDate(value) {
  if (!value) return '—';
  const text = String(value);
  if (text.length <= 10) return text;
  const d = new Date(text);
  return Number.isNaN(d.getTime())
    ? text.slice(0, 10)
    : new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

// labels of the server's flags (GET /codes), set by codes.js once they are loaded
const flagLabels = new Map();

export function useFlagLabels(flags) {
  flags.forEach((f) => flagLabels.set(f.code, f.label));
}

export function flagLabel(flag) {
  return flagLabels.get(flag) || flag;
}

export function page(title, ...content) {
  document.title = `${title} — Stepwise`;
  const main = document.getElementById('main');
  main.replaceChildren(h('h1', {}, title), ...content.flat().filter((c) => c !== null && c !== undefined && c !== false));
  main.focus();
  return main;
}
