// The relapse-prevention plan: read, edited whole (each save a new version), and its history with
// what changed between one version and the one before.
import { api, get } from '../api.js';
import { options } from '../codes.js';
import { h, field, input, select, form, formatDate } from '../ui.js';

const LISTS = [
  ['warningSigns', 'Warning signs'],
  ['copingSteps', 'Coping steps'],
  ['reasonsForRecovery', 'Reasons for recovery'],
];

/** Every item of a plan as one line per section, for reading and for comparing versions. */
function lines(plan) {
  return {
    Triggers: plan.triggers.map((t) => `${t.category}: ${t.description} → ${t.plannedResponse}`),
    ...Object.fromEntries(LISTS.map(([key, label]) => [label, plan[key]])),
    'Emergency contacts': plan.emergencyContacts.map((c) => `${c.role}: ${c.name}, ${c.phone} — ${c.whenToCall}`),
  };
}

function planView(plan) {
  return Object.entries(lines(plan)).map(([label, items]) => h('div', {},
    h('h3', {}, label),
    items.length ? h('ul', {}, items.map((i) => h('li', {}, i))) : h('p', { class: 'hint' }, 'None yet.')));
}

/** Added and removed lines per section between two versions. */
function diff(older, newer) {
  const before = lines(older);
  const after = lines(newer);
  const changes = Object.keys(after).flatMap((label) => [
    ...after[label].filter((l) => !before[label].includes(l)).map((l) => h('li', { class: 'added' }, `+ ${label}: ${l}`)),
    ...before[label].filter((l) => !after[label].includes(l)).map((l) => h('li', { class: 'removed' }, `− ${label}: ${l}`)),
  ]);
  return changes.length ? h('ul', { class: 'diff', 'aria-label': 'Changes' }, changes) : h('p', {}, 'No change.');
}

function row(kind, fields) {
  const el = h('div', { class: 'row plan-row', 'data-row': kind }, ...fields,
    h('button', { type: 'button', class: 'secondary', onclick: () => el.remove() }, 'Remove'));
  return el;
}

function triggerRow(c, t = {}) {
  const category = select(options(c.triggerCategories), { 'aria-label': 'Category' });
  if (t.category) category.value = t.category;
  return row('trigger', [
    category,
    input('text', { 'aria-label': 'Trigger', value: t.description || '', 'data-key': 'description' }),
    input('text', { 'aria-label': 'Planned response', value: t.plannedResponse || '', 'data-key': 'plannedResponse' }),
  ]);
}

function contactRow(c, x = {}) {
  const role = select(options(c.contactRoles), { 'aria-label': 'Role' });
  if (x.role) role.value = x.role;
  return row('contact', [
    role,
    input('text', { 'aria-label': 'Name', value: x.name || '', 'data-key': 'name' }),
    input('tel', { 'aria-label': 'Phone', value: x.phone || '', 'data-key': 'phone' }),
    input('text', { 'aria-label': 'When to call', value: x.whenToCall || '', 'data-key': 'whenToCall' }),
  ]);
}

function rowValues(el) {
  const out = {};
  el.querySelectorAll('[data-key]').forEach((i) => { out[i.dataset.key] = i.value.trim(); });
  return out;
}

export async function planSection({ id, codes: c, reload }) {
  const [current, versions] = await Promise.all([
    api('GET', `/clients/${id}/relapse-prevention-plan`),
    get(`/clients/${id}/relapse-prevention-plan/versions`),
  ]);
  const plan = current.data;
  const triggers = h('div', { 'data-field': 'triggers' }, plan.triggers.map((t) => triggerRow(c, t)), h('p', { class: 'field-error', hidden: true }));
  const contacts = h('div', { 'data-field': 'emergencyContacts' }, plan.emergencyContacts.map((x) => contactRow(c, x)), h('p', { class: 'field-error', hidden: true }));
  const editor = form('Edit the relapse-prevention plan', [
    h('h3', {}, 'Triggers and planned responses'), triggers,
    h('button', { type: 'button', class: 'secondary', onclick: () => triggers.insertBefore(triggerRow(c), triggers.lastChild) }, 'Add a trigger'),
    ...LISTS.map(([key, label]) => field(label, key, h('textarea', {}, plan[key].join('\n')), 'One per line')),
    h('h3', {}, 'Emergency contacts'), contacts,
    h('button', { type: 'button', class: 'secondary', onclick: () => contacts.insertBefore(contactRow(c), contacts.lastChild) }, 'Add a contact'),
  ], 'Save plan', async (f) => {
    const body = {
      triggers: [...triggers.querySelectorAll('[data-row=trigger]')].map((r) => ({ category: r.querySelector('select').value, ...rowValues(r) })),
      emergencyContacts: [...contacts.querySelectorAll('[data-row=contact]')].map((r) => ({ role: r.querySelector('select').value, ...rowValues(r) })),
    };
    LISTS.forEach(([key]) => {
      body[key] = f.elements.namedItem(key).value.split('\n').map((l) => l.trim()).filter(Boolean);
    });
    await api('PUT', `/clients/${id}/relapse-prevention-plan`, body, { 'If-Match': current.etag });
    await reload('Plan saved as a new version');
  }, 'PUT /clients/{clientId}/relapse-prevention-plan');
  const history = h('ol', { 'aria-label': 'Plan versions' }, versions.slice().reverse().map((v) => {
    const shown = h('div', { 'aria-live': 'polite' });
    return h('li', {}, `Version ${v.version}, ${formatDate(v.savedAt)} by ${v.savedBy} `,
      v.version > 1 ? h('button', { 'data-operation': 'GET /clients/{clientId}/relapse-prevention-plan/versions/{number}',
        type: 'button',
        class: 'secondary',
        onclick: async () => {
          const [older, newer] = await Promise.all([
            get(`/clients/${id}/relapse-prevention-plan/versions/${v.version - 1}`),
            get(`/clients/${id}/relapse-prevention-plan/versions/${v.version}`),
          ]);
          shown.replaceChildren(diff(older, newer));
        },
      }, `What changed in version ${v.version}`) : null, shown);
  }));
  return h('section', { class: 'panel', 'aria-labelledby': 'rpp-h' },
    h('h2', { id: 'rpp-h' }, 'Relapse-prevention plan'),
    h('p', {}, plan.version ? `Version ${plan.version}, saved ${formatDate(plan.savedAt)} by ${plan.savedBy}` : 'No plan saved yet.'),
    planView(plan),
    h('details', {}, h('summary', {}, 'Edit the plan'), editor),
    versions.length ? [h('h3', {}, 'Versions'), history] : null);
}
