// Admin: attention counts per rule, houses, clinics, assignments, failed deliveries with retry,
// and the audit log.
import { api, get, post } from '../api.js';
import { codes, options, labelOf } from '../codes.js';
import { h, field, input, select, page, onSubmit, announce } from '../ui.js';

export async function admin() {
  const [houses, clinics, failed, afterRevocation, codeLists, attention, caseManagers] = await Promise.all([
    get('/houses'), get('/clinics'), get('/deliveries?status=FAILED'),
    get('/deliveries?status=DELIVERED_AFTER_REVOCATION'), codes(), get('/attention/counts'),
    get('/staff/case-managers'),
  ]);
  const attentionTable = attention.length
    ? h('table', { class: 'stack' },
      h('caption', { class: 'visually-hidden' }, 'Attention items not resolved, per rule'),
      h('thead', {}, h('tr', {}, ['Rule', 'Severity', 'Open', 'Acknowledged'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, attention.map((c) => h('tr', { 'data-rule': c.rule },
        h('td', { 'data-label': 'Rule' }, labelOf(codeLists.attentionRules, c.rule)),
        h('td', { 'data-label': 'Severity' }, labelOf(codeLists.severities, c.severity)),
        h('td', { 'data-label': 'Open' }, String(c.open)),
        h('td', { 'data-label': 'Acknowledged' }, String(c.acknowledged))))))
    : h('p', {}, 'No attention items open.');
  // a clinic confirmed a summary whose consent was revoked while it was being sent: the program
  // must follow this up with the clinic (42 CFR 2.31), so it is shown first and never hidden
  const revokedTable = afterRevocation.length
    ? h('div', { role: 'alert' },
      h('p', {}, `${afterRevocation.length} summaries reached a clinic after their consent was revoked.`),
      h('ul', {}, afterRevocation.map((s) => h('li', {},
        h('a', { href: `#/clients/${s.clientId}` }, `Summary ${s.id}`),
        ` (${s.periodStart} – ${s.periodEnd}) to ${s.recipient.clinicName}, confirmed ${s.deliveredAt}`))))
    : null;
  const failedTable = failed.length
    ? h('table', { class: 'stack' },
      h('caption', { class: 'visually-hidden' }, 'Failed deliveries'),
      h('thead', {}, h('tr', {}, ['Summary', 'Client', 'To', 'Attempts', 'Last error', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, failed.map((s) => h('tr', {},
        h('td', { 'data-label': 'Summary' }, `${s.id} (${s.periodStart} – ${s.periodEnd})`),
        h('td', { 'data-label': 'Client' }, h('a', { href: `#/clients/${s.clientId}` }, String(s.clientId))),
        h('td', { 'data-label': 'To' }, s.recipient.clinicName),
        h('td', { 'data-label': 'Attempts' }, String(s.attempts)),
        h('td', { 'data-label': 'Last error' }, s.lastError || ''),
        h('td', {}, h('button', {
          type: 'button',
          onclick: async (event) => {
            await post(`/deliveries/${s.id}/retry`, undefined);
            event.target.replaceWith(h('span', { role: 'status' }, 'Queued again'));
            announce(`Summary ${s.id} queued again`);
          },
        }, `Retry ${s.id}`))))))
    : h('p', {}, 'No failed deliveries.');

  // the assignment: find the client by name, pick the case manager from those who have signed in
  const clientName = input('search', { autocomplete: 'off', placeholder: 'Type a name' });
  const clientPick = select([['', 'Type a name above, then choose']]);
  const managerPick = select([['', 'Choose a case manager'],
    ...caseManagers.map((m) => [m.username, `${m.username} (${m.activeClients} active clients)`])]);
  let found = [];
  let searching = 0;
  clientName.addEventListener('input', async () => {
    const text = clientName.value.trim();
    const mine = ++searching;
    if (text.length < 2) {
      clientPick.replaceChildren(h('option', { value: '' }, 'Type at least 2 letters'));
      return;
    }
    const page = await get(`/clients?name=${encodeURIComponent(text)}&size=20`);
    if (mine !== searching) return; // a later search answered first
    found = page.rows;
    clientPick.replaceChildren(
      h('option', { value: '' }, page.total ? `${page.total} found: choose one` : 'Nobody by that name'),
      ...found.map((r) => h('option', { value: String(r.clientId) },
        `${r.name}${r.caseManager ? ` — now ${r.caseManager}` : ''}${r.houseCode ? `, ${r.houseCode}` : ''}`)));
  });
  const assign = h('form', { 'aria-label': 'Assign a case manager', novalidate: true },
    h('div', { class: 'row' },
      field('Find the client', 'clientName', clientName),
      field('Client', 'clientId', clientPick),
      field('Case manager', 'caseManager', managerPick)),
    h('button', { type: 'submit' }, 'Assign'));
  onSubmit(assign, async () => {
    const id = clientPick.value;
    const chosen = found.find((r) => String(r.clientId) === id);
    if (!id || !managerPick.value) {
      assign.append(h('p', { class: 'form-error', role: 'alert' }, 'Choose a client and a case manager.'));
      return;
    }
    const current = await api('GET', `/clients/${id}`);
    await api('PUT', `/clients/${id}/case-manager`, { caseManager: managerPick.value }, { 'If-Match': current.etag });
    announce('Case manager assigned');
    assign.append(h('p', { class: 'notice', role: 'status' }, `${chosen ? chosen.name : 'The client'} is now on ${managerPick.value}'s caseload.`));
  });

  const auditResults = h('div');
  const audit = h('form', { 'aria-label': 'Search the audit log', novalidate: true },
    h('div', { class: 'row' },
      field('User', 'user', input('text')),
      field('Client id', 'clientId', input('number', { min: 1 })),
      field('Action', 'action', select([['', 'Any'], ...options(codeLists.auditActions)])),
      field('From', 'from', input('date')),
      field('To', 'to', input('date'))),
    h('button', { type: 'submit' }, 'Search'));
  onSubmit(audit, async () => {
    const params = new URLSearchParams();
    for (const name of ['user', 'clientId', 'action']) {
      const v = audit.elements.namedItem(name).value.trim();
      if (v) params.set(name, v);
    }
    for (const name of ['from', 'to']) {
      const v = audit.elements.namedItem(name).value;
      if (v) params.set(name, `${v}T00:00:00Z`);
    }
    const events = await get(`/audit?${params}`);
    auditResults.replaceChildren(h('table', { class: 'stack' },
      h('caption', {}, `${events.length} events`),
      h('thead', {}, h('tr', {}, ['When', 'Who', 'Action', 'Record', 'Client', 'Outcome', 'Consent'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, events.map((e) => h('tr', {},
        h('td', { 'data-label': 'When' }, String(e.occurredAt).replace('T', ' ').slice(0, 19)),
        h('td', { 'data-label': 'Who' }, e.username || e.subject),
        h('td', { 'data-label': 'Action' }, e.action),
        h('td', { 'data-label': 'Record' }, `${e.recordType} ${e.recordId || ''}`),
        h('td', { 'data-label': 'Client' }, e.clientId != null ? String(e.clientId) : ''),
        h('td', { 'data-label': 'Outcome' }, e.outcome),
        h('td', { 'data-label': 'Consent' }, e.consentId != null ? String(e.consentId) : ''))))));
  });

  page('Admin',
    ...(revokedTable ? [h('h2', {}, 'Disclosed after revocation'), revokedTable] : []),
    h('h2', {}, 'Attention items, per rule'), attentionTable,
    h('h2', {}, 'Failed deliveries'), failedTable,
    h('h2', {}, 'Assignments'), assign,
    h('h2', {}, 'Audit log'), audit, auditResults,
    h('h2', {}, 'Houses'), h('ul', {}, houses.map((x) => h('li', {}, `${x.code} — ${x.name} (capacity ${x.capacity}, reports by ${x.reportingChannel})`))),
    h('h2', {}, 'Clinics'), h('ul', {}, clinics.map((c) => h('li', {}, `${c.code} — ${c.name}: ${c.channel} ${c.endpoint}, ${c.cadence.toLowerCase()}; clinicians ${c.clinicians.map((d) => d.username).join(', ') || 'none'}`))));
}
