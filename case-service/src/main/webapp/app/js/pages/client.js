// Client: the chart a case manager works in — timeline, step-down plan, relapse-prevention plan,
// trigger log, appointments, measures, drug tests, goals, attendance, notes, consents, the narrative for the
// clinic, summaries — with forms whose errors come from the server, next to the field they concern.
import { api, get, post } from '../api.js';
import { h, field, input, select, page, formatDate, flagLabel, announce, today, daysBefore, form, value, withOffset, disclosure, numberValue } from '../ui.js';
import { timeline } from './timeline.js';
import { planSection as recoveryPlanSection } from './plan.js';
import { triggerLogSection } from './triggers.js';
import { appointmentsSection } from './appointments.js';
import { measuresSection } from './measures.js';
import { narrativeSection } from './narrative.js';
import { toxicologySection } from './toxicology.js';
import { codes, options, labelOf } from '../codes.js';
import { reportsTable } from './reports.js';

const DIMENSIONS = ['intoxication', 'biomedical', 'emotional', 'readiness', 'relapse', 'environment'];


export async function client(id) {
  const [overview, transitions, goals, attendance, notes, consents, summaries, clinics, codeLists,
    triggerLog, appointments, measures, drugTests, residencies, houses, record, attention] = await Promise.all([
    get(`/clients/${id}/overview`),
    get(`/clients/${id}/transitions`),
    get(`/clients/${id}/goals`),
    get(`/clients/${id}/attendance`),
    get(`/clients/${id}/notes`),
    get(`/clients/${id}/consents`),
    get(`/clients/${id}/summaries`),
    get('/clinics'),
    codes(),
    get(`/clients/${id}/trigger-log`),
    get(`/clients/${id}/appointments`),
    get(`/clients/${id}/measures`),
    get(`/clients/${id}/toxicology`),
    get(`/clients/${id}/residencies`),
    get('/houses'),
    api('GET', `/clients/${id}`),
    get(`/clients/${id}/attention`),
  ]);
  const chart = { id, codes: codeLists, reload: async (message) => { await client(id); announce(message); } };
  // the sections that fetch their own records, fetched side by side
  const [rppPart, narrativePart] = await Promise.all([recoveryPlanSection(chart), narrativeSection(chart)]);
  page(overview.name,
    glanceSection(overview),
    detailsSection(chart, record, clinics),
    attentionSection(codeLists, attention),
    timelineSection(chart, transitions, usesOf(triggerLog)),
    planSection(chart, overview),
    rppPart,
    triggerLogSection(chart, triggerLog, overview.triggerPattern),
    appointmentsSection(chart, appointments),
    measuresSection(chart, measures),
    toxicologySection(chart, drugTests, testingRule(residencies, houses)),
    goalsSection(chart, goals),
    residencySection(chart, residencies, houses),
    attendanceSection(chart, overview, attendance),
    notesSection(chart, notes),
    consentsSection(chart, consents, clinics),
    narrativePart,
    summariesSection(chart, summaries, consents));
}

/** The current stay's house testing rule, while it applies (the first 90 days), or null. */
function testingRule(residencies, houses) {
  const stay = residencies.find((r) => !r.moveOut);
  const house = stay && houses.find((x) => x.id === stay.houseId);
  if (!house || !house.randomTestsPerMonth) return null;
  const days = Math.floor((Date.now() - Date.parse(`${stay.moveIn}T00:00:00`)) / 86400000);
  return days < 90 ? { house: house.name, perMonth: house.randomTestsPerMonth, day: days + 1 } : null;
}

/** Level, days in it, status, recovery start and flags. */
function glanceSection(overview) {
  return h('section', { class: 'panel', 'aria-label': 'At a glance' },
    h('p', {}, h('strong', {}, 'Level: '), overview.currentLevel ? `${overview.currentLevel} ${overview.currentLevelLabel}` : 'not recorded',
      overview.daysAtCurrentLevel != null ? ` — ${overview.daysAtCurrentLevel} days` : ''),
    h('p', {}, h('strong', {}, 'Status: '), overview.status, ' · ', h('strong', {}, 'In recovery since: '), formatDate(overview.recoveryStartDate),
      ` (day ${overview.daysSinceRecoveryStart})`,
      overview.lastStepDownOn ? [' · ', h('strong', {}, 'Last step-down: '), `${overview.lastStepDownOn} (${overview.daysSinceLastStepDown} days ago)`] : ''),
    h('p', {}, h('strong', {}, 'Flags: '), overview.flags.length ? overview.flags.map((f) => h('span', { class: 'flag' }, flagLabel(f))) : 'none'));
}

/**
 * The client's details as admitted (name, birth date, contact, recovery start, status, referral),
 * changed with the version the page loaded: a change someone made meanwhile is never overwritten.
 */
function detailsSection({ id, codes: c, reload }, { data: client, etag }, clinics) {
  const referral = client.referral || {};
  const clinic = select([['', 'None'], ...clinics.map((k) => [k.code, k.name])]);
  clinic.value = referral.clinic || '';
  const status = select(options(c.clientStatuses));
  status.value = client.status;
  const edit = form('Client details', [
    h('div', { class: 'row' },
      field('Given name', 'givenName', input('text', { maxlength: 100, value: client.givenName })),
      field('Family name', 'familyName', input('text', { maxlength: 100, value: client.familyName })),
      field('Date of birth', 'dateOfBirth', input('date', { value: client.dateOfBirth }))),
    h('div', { class: 'row' },
      field('Phone', 'phone', input('tel', { maxlength: 40, value: client.phone || '' })),
      field('E-mail', 'email', input('email', { maxlength: 200, value: client.email || '' })),
      field('In recovery since', 'recoveryStartDate', input('date', { value: client.recoveryStartDate })),
      field('Status', 'status', status)),
    h('div', { class: 'row' },
      field('Referred by', 'referral.clinic', clinic),
      field('Referring clinician (login)', 'referral.clinician', input('text', { maxlength: 100, value: referral.clinician || '' }))),
  ], 'Save the details', async (f) => {
    await api('PUT', `/clients/${id}`, {
      givenName: value(f, 'givenName'), familyName: value(f, 'familyName'), dateOfBirth: value(f, 'dateOfBirth'),
      phone: value(f, 'phone'), email: value(f, 'email'), recoveryStartDate: value(f, 'recoveryStartDate'),
      status: value(f, 'status'),
      referral: value(f, 'referral.clinic') ? { clinic: value(f, 'referral.clinic'), clinician: value(f, 'referral.clinician') } : undefined,
    }, { 'If-Match': etag });
    await reload('Details saved');
  }, 'PUT /clients/{id}');
  return h('details', {}, h('summary', {}, `Details: born ${formatDate(client.dateOfBirth)}${client.phone ? `, ${client.phone}` : ''}, case manager ${client.caseManager || 'none'}`), edit);
}

/** What needs (or needed) the case manager: open items first, then the last resolved ones. */
function attentionSection(c, items) {
  const open = items.filter((i) => i.status !== 'RESOLVED');
  const resolved = items.filter((i) => i.status === 'RESOLVED').slice(0, 5);
  const line = (i) => h('li', { class: `item ${i.severity.toLowerCase()}` },
    h('span', { class: `severity ${i.severity.toLowerCase()}` }, labelOf(c.severities, i.severity)), ' ',
    labelOf(c.attentionRules, i.rule), ` — since ${formatDate(i.openedAt)}`,
    i.status === 'ACKNOWLEDGED' ? `, acknowledged by ${i.acknowledgedBy}` : '',
    i.status === 'RESOLVED' ? `, resolved ${formatDate(i.resolvedAt)}${i.autoResolved ? ' (no longer holds)' : `: ${i.outcome}`}` : '');
  return h('section', { class: 'panel', 'aria-labelledby': 'attention-h' },
    h('h2', { id: 'attention-h' }, 'Needs attention'),
    open.length ? h('ul', { class: 'worklist' }, open.map(line)) : h('p', {}, 'Nothing open. Acknowledge and resolve items on Today.'),
    resolved.length ? h('details', {}, h('summary', {}, 'Recently resolved'), h('ul', {}, resolved.map(line))) : null);
}

/** The lapses and relapses of the trigger log that no correction replaced. */
function usesOf(log) {
  const replaced = new Set(log.filter((e) => e.correctsId).map((e) => e.correctsId));
  return log.filter((e) => !replaced.has(e.id) && e.outcome !== 'NO_USE');
}

/**
 * The level-of-care timeline (chart and list, with logged lapses and relapses marked) and the form
 * to record a transition.
 */
function timelineSection({ id, codes: c, reload }, transitions, uses) {
  const levels = c.levelsOfCare.map((l) => [l.code, `${l.code} ${l.label}`]);
  const inForce = transitions.filter((t) => t.inForce);
  const dims = DIMENSIONS.map((d) => field(`ASAM ${d}`, `dimensions.${d}`, select([0, 1, 2, 3, 4].map((n) => [String(n), String(n)]))));
  const transitionForm = form('Record a transition', [
    h('div', { class: 'row' },
      field('To level', 'toLevel', select([...levels, ['DISCHARGE', 'Discharge from care']])),
      field('Effective date', 'effectiveDate', input('date', { value: today() }))),
    field('Reason', 'reason', h('textarea', {})),
    h('div', { class: 'row' },
      field('Decided by', 'decidedBy', input('text')),
      field('Program', 'program', input('text'))),
    h('details', {}, h('summary', {}, 'ASAM dimension ratings (0–4)'), h('div', { class: 'row' }, dims)),
  ], 'Record transition', async (f) => {
    const level = value(f, 'toLevel');
    const dimensions = {};
    DIMENSIONS.forEach((d) => { dimensions[d] = Number(f.elements.namedItem(`dimensions.${d}`).value); });
    await post(`/clients/${id}/transitions`, {
      ...(level === 'DISCHARGE' ? { discharge: true } : { toLevel: level }),
      effectiveDate: value(f, 'effectiveDate'),
      reason: value(f, 'reason'),
      decidedBy: value(f, 'decidedBy'),
      program: value(f, 'program'),
      dimensions,
    });
    await reload('Transition recorded');
  }, 'POST /clients/{clientId}/transitions');
  return [
    h('h2', { id: 'timeline-h' }, 'Level-of-care timeline'),
    timeline(inForce, levels.map(([code]) => code), uses),
    h('ol', { 'aria-label': 'Timeline entries' }, inForce.map((t) => h('li', {},
      `${t.effectiveDate}: ${t.direction}${t.fromLevel ? ` from ${t.fromLevel.code}` : ''}${t.toLevel ? ` to ${t.toLevel.code}` : ''} — ${t.reason}`))),
    h('section', { class: 'panel', 'aria-labelledby': 'transition-h' }, h('h2', { id: 'transition-h' }, 'Record a transition'), transitionForm),
  ];
}

/** The step-down plan. */
function planSection({ id, codes: c, reload }, overview) {
  const plan = overview.stepDownPlan;
  const levels = c.levelsOfCare.map((l) => [l.code, `${l.code} ${l.label}`]);
  const level = select(levels);
  if (plan) level.value = plan.targetLevel;
  const stepDown = form(plan ? 'Change the step-down plan' : 'Set a step-down plan', [
    h('div', { class: 'row' },
      field('Step down to', 'targetLevel', level),
      field('By', 'targetDate', input('date', { value: plan ? plan.targetDate : '' })),
      field('When (criteria)', 'criteria', input('text', { maxlength: 2000, value: plan ? plan.criteria || '' : '' }))),
  ], plan ? 'Change the plan' : 'Set the plan', async (f) => {
    const current = await api('GET', `/clients/${id}`);
    await api('PUT', `/clients/${id}/step-down-plan`,
      { targetLevel: value(f, 'targetLevel'), targetDate: value(f, 'targetDate'), criteria: value(f, 'criteria') },
      { 'If-Match': current.etag });
    await reload('Step-down plan saved');
  }, 'PUT /clients/{id}/step-down-plan');
  const perWeek = input('number', { min: 0, max: 21, value: overview.meetingsPerWeek ?? '' });
  const requirement = form('Meeting requirement', [
    h('div', { class: 'row' }, field('Meetings a week', 'perWeek', perWeek, '0 for none')),
  ], 'Save the requirement', async (f) => {
    const current = await api('GET', `/clients/${id}`);
    await api('PUT', `/clients/${id}/meeting-requirement`, { perWeek: Number(value(f, 'perWeek') ?? 0) },
      { 'If-Match': current.etag });
    await reload('Meeting requirement saved');
  }, 'PUT /clients/{id}/meeting-requirement');
  return h('section', { class: 'panel', 'aria-labelledby': 'plan-h' },
    h('h2', { id: 'plan-h' }, 'Step-down plan'),
    plan ? h('p', {}, `To ${plan.targetLevel} ${plan.targetLevelLabel || ''} by ${formatDate(plan.targetDate)}: ${plan.criteria || ''}`) : h('p', {}, 'No plan recorded.'),
    h('details', {}, h('summary', {}, plan ? 'Change the plan' : 'Set a plan'), stepDown),
    h('details', {}, h('summary', {}, `Meeting requirement: ${overview.meetingsPerWeek != null ? `${overview.meetingsPerWeek} a week` : 'none'}`), requirement));
}

/** Goals with milestones and progress notes, a status form and a progress-note form each. */
function goalsSection({ id, codes: c, reload }, goals) {
  const goalItems = goals.map((g) => h('li', {},
    h('p', {}, h('strong', {}, `${g.domain}: `), g.statement, ` — ${g.status}`, g.targetDate ? `, target ${g.targetDate}` : ''),
    g.milestones.length ? h('ul', { 'aria-label': `Milestones of ${g.statement}` }, g.milestones.map((m) => h('li', {},
      `${m.description}${m.achievedOn ? ` (achieved ${m.achievedOn})` : ''}${m.dueDate && !m.achievedOn ? ` (due ${m.dueDate})` : ''} `,
      m.achievedOn ? null : h('button', { 'data-operation': 'POST /clients/{clientId}/goals/{goalId}/milestones/{milestoneId}/achieved',
        type: 'button',
        class: 'secondary',
        onclick: async () => {
          await post(`/clients/${id}/goals/${g.id}/milestones/${m.id}/achieved`, { achievedOn: today() });
          await reload('Milestone achieved');
        },
      }, `Achieved today: ${m.description}`)))) : null,
    g.status === 'ACHIEVED' || g.status === 'ABANDONED' ? null : form(`Milestone for ${g.statement}`, [
      h('div', { class: 'row' },
        field('Milestone', 'description', input('text', { maxlength: 1000 })),
        field('Due (optional)', 'dueDate', input('date'))),
    ], 'Add milestone', async (f) => {
      await post(`/clients/${id}/goals/${g.id}/milestones`, { description: value(f, 'description'), dueDate: value(f, 'dueDate') });
      await reload('Milestone added');
    }, 'POST /clients/{clientId}/goals/{goalId}/milestones'),
    g.progressNotes.length ? h('ul', { 'aria-label': 'Progress notes' }, g.progressNotes.map((n) => h('li', {}, `${n.notedOn}: ${n.body}`))) : null,
    g.status === 'ACHIEVED' || g.status === 'ABANDONED' ? null : form(`Status of ${g.statement}`, [
      h('div', { class: 'row' },
        field('Status', 'status', select(options(c.goalStatuses))),
        field('Reason (needed to abandon)', 'reason', input('text'))),
    ], 'Update goal', async (f) => {
      await post(`/clients/${id}/goals/${g.id}/status`, { status: value(f, 'status'), reason: value(f, 'reason') });
      await reload('Goal updated');
    }, 'POST /clients/{clientId}/goals/{goalId}/status'),
    form(`Progress note on ${g.statement}`, [
      h('div', { class: 'row' },
        field('Noted on', 'notedOn', input('date', { value: today() })),
        field('Progress note', 'body', input('text'))),
    ], 'Add progress note', async (f) => {
      await post(`/clients/${id}/goals/${g.id}/progress-notes`, { notedOn: value(f, 'notedOn'), body: value(f, 'body') });
      await reload('Progress note added');
    }, 'POST /clients/{clientId}/goals/{goalId}/progress-notes')));
  const newGoal = form('Add a goal', [
    h('div', { class: 'row' },
      field('Domain', 'domain', select(options(c.goalDomains))),
      field('Goal', 'statement', input('text', { maxlength: 1000 })),
      field('Target date (optional)', 'targetDate', input('date'))),
  ], 'Add the goal', async (f) => {
    await post(`/clients/${id}/goals`, { domain: value(f, 'domain'), statement: value(f, 'statement'), targetDate: value(f, 'targetDate') });
    await reload('Goal added');
  }, 'POST /clients/{clientId}/goals');
  return [h('h2', {}, 'Goals'), goalItems.length ? h('ul', {}, goalItems) : h('p', {}, 'No goals yet.'),
    h('details', {}, h('summary', {}, 'Add a goal'), newGoal)];
}

/**
 * Where the client lives: the current stay with a move-out and a transfer form (each house's beds
 * shown; a full house is refused next to its field, and the stay is kept), or a move-in form; and
 * what the house's system reported lately, refused rows included.
 */
function residencySection({ id, reload }, residencies, houses) {
  const stay = residencies.find((r) => !r.moveOut);
  const houseName = (houseId) => (houses.find((x) => x.id === houseId) || { name: 'a house' }).name;
  const beds = (x) => [String(x.id), `${x.name} (${x.capacity} beds)`];
  const history = residencies.filter((r) => r.moveOut).map((r) => h('li', {},
    `${houseName(r.houseId)} (${r.clientRef}) ${r.moveIn} – ${r.moveOut}${r.moveOutReason ? `: ${r.moveOutReason}` : ''}`));
  const moveOut = stay ? form('Move out', [
    h('div', { class: 'row' },
      field('Moved out on', 'moveOut', input('date', { value: today() })),
      field('Why', 'reason', input('text', { maxlength: 1000 }), 'e.g. stepped down to independent housing')),
  ], 'Record the move-out', async (f) => {
    await post(`/clients/${id}/residencies/${stay.id}/move-out`, { moveOut: value(f, 'moveOut'), reason: value(f, 'reason') });
    await reload('Move-out recorded');
  }, 'POST /clients/{clientId}/residencies/{residencyId}/move-out') : null;
  const transfer = stay ? form('Transfer to another house', [
    h('div', { class: 'row' },
      field('To', 'houseId', select([['', 'Choose a house'], ...houses.filter((x) => x.id !== stay.houseId).map(beds)])),
      field("The new house's reference", 'clientRef', input('text', { maxlength: 64, autocomplete: 'off' })),
      field('On', 'on', input('date', { value: today() })),
      field('Why', 'reason', input('text', { maxlength: 1000 }))),
  ], 'Transfer', async (f) => {
    await post(`/clients/${id}/residencies/${stay.id}/transfer`, {
      houseId: numberValue(f, 'houseId'),
      clientRef: value(f, 'clientRef'), on: value(f, 'on'), reason: value(f, 'reason'),
    });
    await reload('Transferred');
  }, 'POST /clients/{clientId}/residencies/{residencyId}/transfer') : null;
  const moveIn = stay ? null : form('Move in', [
    h('div', { class: 'row' },
      field('House', 'houseId', select([['', 'Choose a house'], ...houses.map(beds)])),
      field("The house's reference", 'clientRef', input('text', { maxlength: 64, autocomplete: 'off' }), 'How the house names the resident in its files, e.g. R-1004'),
      field('Moved in on', 'moveIn', input('date', { value: today() }))),
  ], 'Record the move-in', async (f) => {
    await post(`/clients/${id}/residencies`, { houseId: numberValue(f, 'houseId'), clientRef: value(f, 'clientRef'), moveIn: value(f, 'moveIn') });
    await reload('Move-in recorded');
  }, 'POST /clients/{clientId}/residencies');
  return [h('h2', {}, 'Where they live'),
    stay ? h('p', {}, `${houseName(stay.houseId)} since ${stay.moveIn} (the house calls them ${stay.clientRef}).`) : h('p', {}, 'Not in a house now.'),
    transfer ? h('details', {}, h('summary', {}, 'Transfer to another house'), transfer) : null,
    moveOut ? h('details', {}, h('summary', {}, 'Move out'), moveOut) : null,
    moveIn,
    history.length ? h('ul', { 'aria-label': 'Earlier stays' }, history) : null,
    stay ? houseFiles(stay.houseId, houseName(stay.houseId)) : null];
}

/** The files the client's house sent lately, fetched when first opened (not with every chart). */
function houseFiles(houseId, name) {
  const files = h('details', { 'data-operation': 'GET /houses/{houseId}/intake-reports' }, h('summary', {}, `Files from ${name}`));
  let asked = false;
  files.addEventListener('toggle', async () => {
    if (files.open && !asked) {
      asked = true;
      files.append(reportsTable(houseId, await get(`/houses/${houseId}/intake-reports`)));
    }
  });
  return files;
}

/**
 * Attendance by week against the requirement, the latest meetings, and a meeting recorded by hand
 * (one the client went to outside the house: a slip, an online meeting).
 */
function attendanceSection({ id, codes: c, reload }, overview, attendance) {
  const record = form('Record a meeting', [
    h('div', { class: 'row' },
      field('Meeting', 'meetingType', select(options(c.meetingTypes))),
      field('Meeting name', 'meetingName', input('text', { maxlength: 200 })),
      field('Started at', 'startedAt', input('datetime-local'))),
    h('div', { class: 'row' },
      field('Status', 'status', select(options(c.attendanceStatuses))),
      field('Shown by', 'verification', select(options(c.verifications)))),
  ], 'Record the meeting', async (f) => {
    await post(`/clients/${id}/attendance`, {
      meetingType: value(f, 'meetingType'), meetingName: value(f, 'meetingName'),
      startedAt: value(f, 'startedAt') ? withOffset(value(f, 'startedAt')) : undefined,
      status: value(f, 'status'), verification: value(f, 'verification'),
    });
    await reload('Meeting recorded');
  }, 'POST /clients/{clientId}/attendance');
  const weeks = h('div', { class: 'weeks', role: 'list', 'aria-label': 'Attendance by week' },
    overview.attendanceByWeek.map((w) => h('div', {
      role: 'listitem',
      class: `week ${w.met === true ? 'met' : w.met === false ? 'missed' : ''}`,
    }, h('strong', {}, `Week of ${w.weekStart}`), h('br'), `${w.attended}${w.required != null ? ` of ${w.required}` : ''} meetings`)));
  const recent = h('table', { class: 'stack' },
    h('caption', { class: 'visually-hidden' }, 'Recent attendance'),
    h('thead', {}, h('tr', {}, ['When', 'Meeting', 'Status', 'Reported by'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, attendance.slice(0, 12).map((a) => h('tr', {},
      h('td', { 'data-label': 'When' }, String(a.startedAt).replace('T', ' ').slice(0, 16)),
      h('td', { 'data-label': 'Meeting' }, `${a.meetingName} (${a.meetingType})`),
      h('td', { 'data-label': 'Status' }, a.status),
      h('td', { 'data-label': 'Reported by' }, a.reportedBy || '')))));
  return [
    h('h2', {}, 'Attendance'),
    h('p', {}, overview.meetingsPerWeek != null ? `Required: ${overview.meetingsPerWeek} a week.` : 'No meeting requirement.'),
    weeks, recent,
    h('details', {}, h('summary', {}, 'Record a meeting'), record),
  ];
}

/** Case notes and the form to write one. */
function notesSection({ id, reload }, notes) {
  const noteForm = form('Write a case note', [field('Case note', 'body', h('textarea', {}))], 'Add note', async (f) => {
    await post(`/clients/${id}/notes`, { body: value(f, 'body') });
    await reload('Note added');
  }, 'POST /clients/{clientId}/notes');
  return [
    h('h2', {}, 'Case notes'),
    h('ul', {}, notes.map((n) => {
      const corrected = notes.some((x) => x.corrects === n.id);
      return h('li', { class: corrected ? 'replaced' : null },
        `${formatDate(n.writtenAt)} ${n.author}: ${n.body}`,
        n.corrects ? h('span', { class: 'hint' }, ` (corrects an earlier note: ${n.correctionReason})`) : null,
        corrected ? null : h('details', {}, h('summary', {}, 'Correct this note'),
          form(`Correct the note of ${formatDate(n.writtenAt)}`, [
            field('Corrected note', 'body', h('textarea', {}, n.body)),
            field('Why it is corrected', 'correctionReason', input('text', { maxlength: 1000 })),
          ], 'Save the correction', async (f) => {
            await post(`/clients/${id}/notes`, { body: value(f, 'body'), correctsId: n.id, correctionReason: value(f, 'correctionReason') });
            await reload('Note corrected; the original stays, struck through');
          }, 'POST /clients/{clientId}/notes')));
    })),
    noteForm,
  ];
}

/** Consents with their status (and a revocation form while active), and the form to record one. */
function consentsSection({ id, codes: c, reload }, consents, clinics) {
  const consentList = h('ul', {}, consents.map((c) => h('li', {},
    h('p', {}, h('strong', {}, `${c.status} `), `to ${c.recipient.clinic}${c.recipient.clinician ? ` (${c.recipient.clinician})` : ''}: ${c.sections.join(', ')}; from ${c.effectiveFrom}`,
      c.expiry.date ? ` until ${c.expiry.date}` : '', c.expiry.event ? ` or ${c.expiry.event}` : '',
      c.revocation ? ` — revoked ${formatDate(c.revocation.revokedAt)} by ${c.revocation.recordedBy}` : ''),
    c.status === 'ACTIVE' ? form(`Revoke consent ${c.id}`, [field('Reason for revoking', 'reason', input('text'))], 'Revoke consent', async (f) => {
      await post(`/clients/${id}/consents/${c.id}/revocation`, { reason: value(f, 'reason') });
      await reload('Consent revoked');
    }, 'POST /clients/{clientId}/consents/{consentId}/revocation') : null)));
  const clinicOptions = clinics.map((c) => [c.code, c.name]);
  const consentForm = form('Record a consent', [
    h('div', { class: 'row' },
      field('Recipient clinic', 'recipient.clinic', select(clinicOptions)),
      field('Named clinician (optional)', 'recipient.clinician', input('text'))),
    field('Purpose', 'purpose', input('text', { value: 'Coordination of aftercare with the referring clinic' })),
    h('fieldset', { 'data-field': 'sections' }, h('legend', {}, 'Sections that may be disclosed'),
      c.consentSections.map((s) => h('label', {}, h('input', { type: 'checkbox', name: 'sections', value: s.code }), ` ${s.label}`)),
      h('p', { class: 'field-error', hidden: true })),
    h('div', { class: 'row' },
      field('Effective from', 'effectiveFrom', input('date', { value: today() })),
      field('Expires on', 'expiry.date', input('date')),
      field('Or expires at', 'expiry.event', select([['', '—'], ...options(c.consentExpiryEvents)]))),
    h('div', { class: 'row' },
      field('Signed by', 'signature.signedBy', input('text')),
      field('Signed on', 'signature.signedOn', input('date', { value: today() })),
      field('Signature', 'signature.method', select(options(c.signatureMethods)))),
    h('div', { class: 'field', 'data-field': 'revocationRightExplained' },
      h('label', {}, h('input', { type: 'checkbox', name: 'revocationRightExplained' }), ' The client was told of the right to revoke'),
      h('p', { class: 'field-error', hidden: true })),
  ], 'Record consent', async (f) => {
    const expiry = {};
    if (value(f, 'expiry.date')) expiry.date = value(f, 'expiry.date');
    if (value(f, 'expiry.event')) expiry.event = value(f, 'expiry.event');
    await post(`/clients/${id}/consents`, {
      recipient: { clinic: value(f, 'recipient.clinic'), ...(value(f, 'recipient.clinician') ? { clinician: value(f, 'recipient.clinician') } : {}) },
      purpose: value(f, 'purpose'),
      sections: [...f.querySelectorAll('input[name="sections"]:checked')].map((c) => c.value),
      effectiveFrom: value(f, 'effectiveFrom'),
      expiry,
      signature: { signedBy: value(f, 'signature.signedBy'), signedOn: value(f, 'signature.signedOn'), method: value(f, 'signature.method') },
      revocationRightExplained: f.querySelector('input[name="revocationRightExplained"]').checked,
    });
    await reload('Consent recorded');
  }, 'POST /clients/{clientId}/consents');
  return [
    h('h2', {}, 'Consents'), consentList,
    h('section', { class: 'panel', 'aria-labelledby': 'consent-h' }, h('h2', { id: 'consent-h' }, 'Record a consent'), consentForm),
  ];
}

/** A button that shows the summary as it was composed for the clinic, section by section. */
function asSent(id, s) {
  return disclosure('As composed', { 'data-operation': 'GET /clients/{clientId}/summaries/{summaryId}' }, async () => {
    const full = await get(`/clients/${id}/summaries/${s.id}`);
    const composition = full.document && full.document.entry[0].resource;
    return [...(composition
      ? composition.section.map((x) => h('div', {}, h('strong', {}, x.title), h('p', {},
        new DOMParser().parseFromString(x.text.div, 'application/xhtml+xml').documentElement.textContent)))
      : [h('p', {}, 'Nothing was composed: no consent allowed it.')]),
    h('p', { class: 'hint' }, `${full.attempts} delivery attempts${full.lastError ? `; last error: ${full.lastError}` : ''}`)];
  });
}

/** The summaries made for the client, as sent or withheld, and what the clinic answered. */
function summariesSection({ id, reload }, summaries, consents) {
  const active = consents.filter((k) => k.status === 'ACTIVE');
  const allows = active.length
    ? `The consent in force allows: ${[...new Set(active.flatMap((k) => k.sections))].join(', ')}.`
    : 'No consent is in force: a summary would be withheld, and nothing sent.';
  const onDemand = form('Make a summary now', [
    h('p', { class: 'hint' }, allows),
    h('div', { class: 'row' },
      field('From', 'periodStart', input('date', { value: daysBefore(today(), 7) })),
      field('To', 'periodEnd', input('date', { value: daysBefore(today(), 1) }))),
  ], 'Make and send the summary', async (f) => {
    await post(`/clients/${id}/summaries`, { periodStart: value(f, 'periodStart'), periodEnd: value(f, 'periodEnd') });
    await reload('Summary made: it goes out with the next delivery if the consent allows it');
  }, 'POST /clients/{clientId}/summaries');
  const summaryTable = h('table', { class: 'stack' },
    h('caption', { class: 'visually-hidden' }, 'Progress summaries'),
    h('thead', {}, h('tr', {}, ['Period', 'To', 'Status', 'Sections', 'Delivered', 'Acknowledged'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, summaries.map((s) => h('tr', {},
      h('td', { 'data-label': 'Period' }, `${s.periodStart} – ${s.periodEnd} `, asSent(id, s)),
      h('td', { 'data-label': 'To' }, `${s.recipient.clinicName}${s.recipient.clinician ? ` (${s.recipient.clinician})` : ''}`),
      h('td', { 'data-label': 'Status' }, s.status, s.statusReason ? ` (${s.statusReason})` : ''),
      h('td', { 'data-label': 'Sections' }, s.sections.join(', ') || '—'),
      h('td', { 'data-label': 'Delivered' }, formatDate(s.deliveredAt)),
      h('td', { 'data-label': 'Acknowledged' }, s.acknowledgement
        ? [`${s.acknowledgement.by} ${formatDate(s.acknowledgement.at)}`,
          s.acknowledgement.reply ? h('blockquote', { class: 'reply' }, s.acknowledgement.reply) : null]
        : (s.status === 'DELIVERED' ? 'not yet' : '—'))))));
  return [h('h2', {}, 'Summaries sent'), summaries.length ? summaryTable : h('p', {}, 'No summaries yet.'),
    h('details', {}, h('summary', {}, 'Make a summary now'), onDemand)];
}
