// Admin: attention counts per rule, houses, clinics, assignments, failed deliveries with retry,
// and the audit log.
import { api, get, post } from '../api.js';
import { codes, options, labelOf } from '../codes.js';
import { h, field, input, select, page, onSubmit, announce, form, value, numberValue } from '../ui.js';

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
        h('td', {}, h('button', { 'data-operation': 'POST /deliveries/{summaryId}/retry',
          type: 'button',
          onclick: async (event) => {
            await post(`/deliveries/${s.id}/retry`, undefined);
            event.target.replaceWith(h('span', { role: 'status' }, 'Queued again'));
            announce(`Summary ${s.id} queued again`);
          },
        }, `Retry ${s.id}`))))))
    : h('p', {}, 'No failed deliveries.');

  // the assignment: find the client by name, pick the case manager from those who have signed in
  const assignee = clientPicker();
  const managerPick = select([['', 'Choose a case manager'],
    ...caseManagers.map((m) => [m.username, `${m.username} (${m.activeClients} active clients)`])]);
  const assign = h('form', { 'data-operation': 'PUT /clients/{id}/case-manager', 'aria-label': 'Assign a case manager', novalidate: true },
    h('div', { class: 'row' },
      field('Find the client', 'clientName', assignee.find),
      field('Client', 'clientId', assignee.pick),
      field('Case manager', 'caseManager', managerPick)),
    h('button', { type: 'submit' }, 'Assign'));
  onSubmit(assign, async () => {
    const id = assignee.pick.value;
    const chosen = assignee.chosen();
    if (!id || !managerPick.value) {
      assign.append(h('p', { class: 'form-error', role: 'alert' }, 'Choose a client and a case manager.'));
      return;
    }
    const current = await api('GET', `/clients/${id}`);
    await api('PUT', `/clients/${id}/case-manager`, { caseManager: managerPick.value }, { 'If-Match': current.etag });
    announce('Case manager assigned');
    assign.append(h('p', { class: 'notice', role: 'status' }, `${chosen ? chosen.name : 'The client'} is now on ${managerPick.value}'s caseload.`));
  });

  const audited = clientPicker();
  const auditResults = h('div');
  const audit = h('form', { 'data-operation': 'GET /audit', 'aria-label': 'Search the audit log', novalidate: true },
    h('div', { class: 'row' },
      field('User', 'user', input('text')),
      field('Find a client (optional)', 'auditClientName', audited.find),
      field('Client', 'clientId', audited.pick),
      field('Action', 'action', select([['', 'Any'], ...options(codeLists.auditActions)])),
      field('From', 'from', input('date')),
      field('To', 'to', input('date'))),
    h('button', { type: 'submit' }, 'Search'));
  // a page of 50 events at a time, newest first, as the server pages them
  const AUDIT_PAGE = 50;
  let auditPage = 0;
  async function showAudit() {
    const params = new URLSearchParams({ page: String(auditPage), size: String(AUDIT_PAGE) });
    for (const name of ['user', 'clientId', 'action']) {
      const v = audit.elements.namedItem(name).value.trim();
      if (v) params.set(name, v);
    }
    for (const name of ['from', 'to']) {
      const v = audit.elements.namedItem(name).value;
      if (v) params.set(name, `${v}T00:00:00Z`);
    }
    const events = await get(`/audit?${params}`);
    const first = auditPage * AUDIT_PAGE;
    const turn = (by) => async () => { auditPage += by; await showAudit(); };
    auditResults.replaceChildren(h('table', { class: 'stack' },
      h('caption', {}, events.length ? `Events ${first + 1}–${first + events.length}, newest first` : 'No events match.'),
      h('thead', {}, h('tr', {}, ['When', 'Who', 'Action', 'Record', 'Client', 'Outcome', 'Consent'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, events.map((e) => h('tr', {},
        h('td', { 'data-label': 'When' }, String(e.occurredAt).replace('T', ' ').slice(0, 19)),
        h('td', { 'data-label': 'Who' }, e.username || e.subject),
        h('td', { 'data-label': 'Action' }, e.action),
        h('td', { 'data-label': 'Record' }, `${e.recordType} ${e.recordId || ''}`),
        h('td', { 'data-label': 'Client' }, e.clientId != null ? String(e.clientId) : ''),
        h('td', { 'data-label': 'Outcome' }, e.outcome),
        h('td', { 'data-label': 'Consent' }, e.consentId != null ? String(e.consentId) : ''))))),
    h('nav', { class: 'pager', 'aria-label': 'Audit log pages' },
      h('button', { type: 'button', disabled: auditPage === 0, onclick: turn(-1) }, 'Newer events'),
      h('button', { type: 'button', disabled: events.length < AUDIT_PAGE, onclick: turn(1) }, 'Older events')));
  }
  onSubmit(audit, async () => { auditPage = 0; await showAudit(); });

  // the audit trail's hash chain recomputed over every event: tampering shows where it starts
  const chainResult = h('div', { 'aria-live': 'polite' });
  const verify = h('button', {
    type: 'button',
    class: 'secondary',
    'data-operation': 'GET /audit/verify',
    onclick: async () => {
      chainResult.replaceChildren(h('p', {}, 'Checking every event…'));
      const chain = await get('/audit/verify');
      chainResult.replaceChildren(chain.intact
        ? h('p', { class: 'notice', role: 'status' }, `Intact: ${chain.events.toLocaleString('en-US')} events, each linked to the one before.`)
        : h('p', { class: 'form-error', role: 'alert' }, `Broken at event ${chain.brokenAtEvent}: ${chain.problem}. Keep the database as it is and call your security officer.`));
    },
  }, 'Verify the audit trail');

  page('Admin',
    ...(revokedTable ? [h('h2', {}, 'Disclosed after revocation'), revokedTable] : []),
    h('h2', {}, 'Attention items, per rule'), attentionTable,
    h('h2', {}, 'Failed deliveries'), failedTable,
    h('h2', {}, 'Assignments'), assign,
    h('h2', {}, 'Audit log'), verify, chainResult, audit, auditResults,
    h('h2', {}, 'Houses'), h('ul', {}, houses.map((x) => h('li', {}, `${x.code} — ${x.name} (capacity ${x.capacity}, reports by ${labelOf(codeLists.reportingChannels, x.reportingChannel)}${x.randomTestsPerMonth ? `, ${x.randomTestsPerMonth} random tests a month in the first 90 days` : ''})`))),
    h('details', {}, h('summary', {}, 'Change a house'), houseChangeForm(houses, codeLists)),
    h('details', {}, h('summary', {}, 'Add a house'), houseForm(codeLists)),
    h('h2', {}, 'Clinics'), h('ul', {}, clinics.map((c) => h('li', {}, `${c.code} — ${c.name}: ${c.channel} ${c.endpoint}, ${c.cadence.toLowerCase()}; clinicians ${c.clinicians.map((d) => d.username).join(', ') || 'none'}`))),
    h('details', {}, h('summary', {}, 'Add a clinic'), clinicForm(codeLists)),
    h('details', {}, h('summary', {}, 'Add a clinician to a clinic'), clinicianForm(clinics)));
}

/**
 * A client chosen by name: a search box and the matches (name, case manager, house) to pick from;
 * the id stays in the option's value, never on the screen.
 */
function clientPicker() {
  const find = input('search', { autocomplete: 'off', placeholder: 'Type a name' });
  const pick = select([['', 'Type a name, then choose']]);
  let found = [];
  let searching = 0;
  find.addEventListener('input', async () => {
    const text = find.value.trim();
    const mine = ++searching;
    if (text.length < 2) {
      found = [];
      pick.replaceChildren(h('option', { value: '' }, 'Type at least 2 letters'));
      return;
    }
    const page = await get(`/clients?name=${encodeURIComponent(text)}&sort=NAME&size=20`);
    if (mine !== searching) return; // a later search answered first
    found = page.rows;
    pick.replaceChildren(
      h('option', { value: '' }, page.total ? `${page.total} found: choose one` : 'Nobody by that name'),
      ...found.map((r) => h('option', { value: String(r.clientId) },
        `${r.name}${r.caseManager ? ` — now ${r.caseManager}` : ''}${r.houseCode ? `, ${r.houseCode}` : ''}`)));
  });
  return { find, pick, chosen: () => found.find((r) => String(r.clientId) === pick.value) };
}

/**
 * A house changed (all but its code, which its files and its staff's tokens name): the house
 * picked by name fills the form, and the change is sent with the version listed, so a change
 * someone made meanwhile is refused, never overwritten.
 */
function houseChangeForm(houses, c) {
  const pick = select([['', 'Choose a house'], ...houses.map((x) => [String(x.id), `${x.name} (${x.code})`])]);
  const narr = select([['1', 'I'], ['2', 'II'], ['3', 'III'], ['4', 'IV']]);
  const channel = select(options(c.reportingChannels));
  const name = input('text', { maxlength: 200 });
  const capacity = input('number', { min: 1, max: 500 });
  const tests = input('number', { min: 1, max: 31 });
  const chosen = () => houses.find((x) => String(x.id) === pick.value);
  pick.addEventListener('change', () => {
    const x = chosen();
    if (!x) return;
    name.value = x.name;
    narr.value = String(x.narrLevel);
    capacity.value = String(x.capacity);
    channel.value = x.reportingChannel;
    tests.value = x.randomTestsPerMonth ?? '';
  });
  return form('Change a house', [
    h('div', { class: 'row' },
      field('House', 'house', pick),
      field('Name', 'name', name),
      field('NARR level', 'narrLevel', narr)),
    h('div', { class: 'row' },
      field('Beds', 'capacity', capacity, 'Never fewer than the residents living there'),
      field('Reports attendance by', 'reportingChannel', channel),
      field('Random tests a month', 'randomTestsPerMonth', tests, 'Empty: no rule')),
  ], 'Save the house', async (f) => {
    const x = chosen();
    if (!x) {
      f.prepend(h('p', { class: 'form-error', role: 'alert' }, 'Choose the house to change.'));
      return;
    }
    const saved = await api('PUT', `/houses/${x.id}`, {
      name: value(f, 'name'), narrLevel: numberValue(f, 'narrLevel'), capacity: numberValue(f, 'capacity'),
      reportingChannel: value(f, 'reportingChannel'), randomTestsPerMonth: numberValue(f, 'randomTestsPerMonth'),
      address: x.address || undefined,
    }, { 'If-Match': `"${x.version}"` });
    Object.assign(x, saved.data);
    announce(`House ${x.code} saved`);
    f.append(h('p', { class: 'notice', role: 'status' }, `${saved.data.name} saved: ${saved.data.capacity} beds.`));
  }, 'PUT /houses/{houseId}');
}

/** A new sober-living house: its code, NARR level, beds, how it reports, its testing rule. */
function houseForm(c) {
  return form('Add a house', [
    h('div', { class: 'row' },
      field('Code', 'code', input('text', { maxlength: 32, autocomplete: 'off' }), 'Capital letters and digits, e.g. ELM'),
      field('Name', 'name', input('text', { maxlength: 200 }))),
    h('div', { class: 'row' },
      field('NARR level', 'narrLevel', select([['1', 'I'], ['2', 'II'], ['3', 'III'], ['4', 'IV']])),
      field('Beds', 'capacity', input('number', { min: 1, max: 500 })),
      field('Reports attendance by', 'reportingChannel', select(options(c.reportingChannels))),
      field('Random tests a month', 'randomTestsPerMonth', input('number', { min: 1, max: 31 }), 'In a resident\'s first 90 days; empty: no rule')),
  ], 'Add the house', async (f) => {
    const made = await post('/houses', {
      code: value(f, 'code'), name: value(f, 'name'), narrLevel: numberValue(f, 'narrLevel'),
      capacity: numberValue(f, 'capacity'), reportingChannel: value(f, 'reportingChannel'),
      randomTestsPerMonth: numberValue(f, 'randomTestsPerMonth'),
    });
    announce(`House ${made.code} added`);
    f.append(h('p', { class: 'notice', role: 'status' }, `${made.name} (${made.code}) added.`));
  }, 'POST /houses');
}

/** A referring clinic: where its summaries go, how, and how often. */
function clinicForm(c) {
  return form('Add a clinic', [
    h('div', { class: 'row' },
      field('Code', 'code', input('text', { maxlength: 32, autocomplete: 'off' })),
      field('Name', 'name', input('text', { maxlength: 200 })),
      field('NPI (optional)', 'npi', input('text', { maxlength: 10, inputmode: 'numeric' }))),
    h('div', { class: 'row' },
      field('Channel', 'channel', select(options(c.deliveryChannels))),
      field('Endpoint', 'endpoint', input('url', { maxlength: 500 }), 'https://… for FHIR, sftp://… for a drop'),
      field('Authentication', 'auth', select(options(c.channelAuths)))),
    h('div', { class: 'row' },
      field('Token URL (OAuth2)', 'tokenUrl', input('url', { maxlength: 500 })),
      field('Client id or user', 'authClient', input('text', { maxlength: 200 }), 'Its secret goes into the routes\' configuration, never here'),
      field('Summaries', 'cadence', select(options(c.cadences)))),
  ], 'Add the clinic', async (f) => {
    const made = await post('/clinics', {
      code: value(f, 'code'), name: value(f, 'name'), npi: value(f, 'npi'), channel: value(f, 'channel'),
      endpoint: value(f, 'endpoint'), auth: value(f, 'auth'), tokenUrl: value(f, 'tokenUrl'),
      authClient: value(f, 'authClient'), cadence: value(f, 'cadence'),
    });
    announce(`Clinic ${made.code} added`);
    f.append(h('p', { class: 'notice', role: 'status' }, `${made.name} (${made.code}) added.`));
  }, 'POST /clinics');
}

/** A clinician who may read their clinic's summaries once they sign in. */
function clinicianForm(clinics) {
  return form('Add a clinician', [
    h('div', { class: 'row' },
      field('Clinic', 'clinic', select(clinics.map((x) => [String(x.id), x.name]))),
      field('Login', 'username', input('text', { maxlength: 100, autocomplete: 'off' }), 'Their Keycloak username'),
      field('Name', 'name', input('text', { maxlength: 200 })),
      field('NPI (optional)', 'npi', input('text', { maxlength: 10, inputmode: 'numeric' }))),
  ], 'Add the clinician', async (f) => {
    await post(`/clinics/${value(f, 'clinic')}/clinicians`, {
      username: value(f, 'username'), name: value(f, 'name'), npi: value(f, 'npi'),
    });
    announce('Clinician added');
    f.append(h('p', { class: 'notice', role: 'status' }, `${value(f, 'username')} added.`));
  }, 'POST /clinics/{clinicId}/clinicians');
}
