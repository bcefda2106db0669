// House: the house manager's phone screen — today's roster, a fast attendance sheet, and what
// became of the files the house sent.
import { get, post } from '../api.js';
import { claims } from '../auth.js';
import { codes, options } from '../codes.js';
import { h, field, input, select, page, formatDate, onSubmit, announce, withOffset, localNow, disclosure } from '../ui.js';
import { recordTestForm } from './toxicology.js';
import { reportsTable } from './reports.js';



function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

const ROLE_LABELS = {
  THERAPIST: 'Therapist', SPONSOR: 'Sponsor', CRISIS_LINE: 'Crisis line', FAMILY: 'Family', OTHER: 'Other',
};

/** "Emergency": who to call for this resident, from their relapse-prevention plan, and when. */
function emergencyButton(r) {
  return disclosure('Emergency', { class: 'emergency', 'data-operation': 'GET /clients/{clientId}/relapse-prevention-plan/emergency-contacts' }, async () => {
    const { emergencyContacts } = await get(`/clients/${r.clientId}/relapse-prevention-plan/emergency-contacts`);
    return emergencyContacts.length
      ? h('ul', { class: 'contacts', 'aria-label': `Emergency contacts of ${r.name}` }, emergencyContacts.map((c) => h('li', {},
        h('strong', {}, `${ROLE_LABELS[c.role] || c.role}: ${c.name} `),
        h('a', { href: `tel:${c.phone.replace(/[^0-9+]/g, '')}` }, c.phone),
        h('br'), `When: ${c.whenToCall}`)))
      : h('p', {}, 'No emergency contacts in the plan. In danger, call 911; in crisis, call or text 988.');
  });
}

/** A resident's last meetings and drug tests, as the house reported them during the stay. */
function historyButton(r) {
  return disclosure('Recent meetings and tests', { 'data-operation': 'GET /clients/{clientId}/attendance;GET /clients/{clientId}/toxicology' }, async () => {
    const [meetings, tests] = await Promise.all([get(`/clients/${r.clientId}/attendance`), get(`/clients/${r.clientId}/toxicology`)]);
    return [
      h('ul', { 'aria-label': `Last meetings of ${r.name}` }, meetings.slice(0, 5).map((a) => h('li', {}, `${formatDate(a.startedAt)} ${a.meetingName}: ${a.status.toLowerCase()}`))),
      tests.length ? h('ul', { 'aria-label': `Last drug tests of ${r.name}` }, tests.slice(0, 3).map((t) => h('li', {}, `${formatDate(t.collectedAt)} test: ${t.result.toLowerCase()}`))) : null,
    ];
  });
}

/** The house's own worklist: who is behind on meetings this week, and a late attendance report. */
function thisWeek(w) {
  const overdue = w.reportOverdue
    ? h('p', { class: 'form-error', role: 'alert' }, w.lastReportAt
      ? `Attendance was last reported ${formatDate(w.lastReportAt)}: please take attendance.`
      : 'No attendance has been reported for this house yet: please take attendance.')
    : null;
  const behind = w.behindOnMeetings.length
    ? h('ul', { class: 'behind' }, w.behindOnMeetings.map((b) => h('li', {},
      h('strong', {}, b.name), ` — ${b.attendedThisWeek} of ${b.meetingsPerWeek} meetings, ${b.remaining} to go this week`)))
    : h('p', {}, 'Everyone is on track with their meetings this week.');
  const tests = w.behindOnTests.length
    ? h('ul', { class: 'behind' }, w.behindOnTests.map((b) => h('li', {},
      h('strong', {}, b.name), ` — ${b.taken} of ${b.randomTestsPerMonth} random tests in the last 30 days`)))
    : null;
  return h('section', { class: 'panel', 'aria-label': 'This week' }, h('h2', {}, 'This week'), overdue, behind,
    tests ? [h('h3', {}, 'Behind on the testing rule'), tests] : null);
}

export async function house(id) {
  const [houses, codeLists] = await Promise.all([get('/houses/managed'), codes()]);
  if (!houses.length) {
    page('House', h('p', {}, 'No house is assigned to you.'));
    return;
  }
  const chosen = id ? houses.find((x) => x.id === id) : houses[0];
  if (!chosen) {
    page('Not found', h('p', { role: 'alert' }, 'This house does not exist or is not yours to see.'));
    return;
  }
  const [roster, reports, worklist] = await Promise.all([
    get(`/houses/${chosen.id}/roster`),
    get(`/houses/${chosen.id}/intake-reports`),
    get(`/houses/${chosen.id}/worklist`),
  ]);

  const meetingType = select(options(codeLists.meetingTypes));
  const meetingName = input('text', { value: 'House meeting', autocomplete: 'off' });
  const when = input('datetime-local', { value: localNow() });
  const residents = roster.residents.map((r) => h('fieldset', { 'data-field': r.clientRef },
    h('legend', {}, r.name),
    h('p', { class: 'hint' }, `${r.attendedThisWeek} this week${r.meetingsPerWeek != null ? ` of ${r.meetingsPerWeek}` : ''}`,
      ` · ${r.randomTestsLast30Days} random ${r.randomTestsLast30Days === 1 ? 'test' : 'tests'} in 30 days`),
    emergencyButton(r),
    historyButton(r),
    h('div', { class: 'choices' }, options(codeLists.attendanceStatuses).map(([v, text]) => h('label', {},
      h('input', { type: 'radio', name: `mark-${r.clientRef}`, value: v }), text))),
    h('p', { class: 'field-error', hidden: true })));
  const result = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, 'Save attendance');
  const sheet = h('form', { 'data-operation': 'POST /attendance/batches', class: 'sheet', 'aria-label': 'Attendance sheet', novalidate: true },
    h('div', { class: 'row' },
      field('Meeting', 'meetingType', meetingType),
      field('Meeting name', 'meetingName', meetingName),
      field('Started at', 'startedAt', when)),
    residents.length ? residents : h('p', {}, 'No residents today.'),
    button, result);
  onSubmit(sheet, async () => {
    result.replaceChildren();
    const startedAt = withOffset(when.value);
    const records = roster.residents
      .map((r) => ({ r, mark: sheet.querySelector(`input[name="mark-${CSS.escape(r.clientRef)}"]:checked`) }))
      .filter((x) => x.mark)
      .map(({ r, mark }) => ({
        clientRef: r.clientRef,
        meetingType: meetingType.value,
        meetingName: meetingName.value.trim(),
        startedAt,
        status: mark.value,
        verification: 'HOUSE_MANAGER_ATTESTED',
        reportedBy: claims().preferred_username,
        // the same sheet saved twice is stored once
        sourceRecordId: `web-${when.value}-${slug(meetingName.value)}-${r.clientRef}`,
      }));
    if (!records.length) {
      result.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, 'Mark at least one resident.'));
      return;
    }
    const answer = await post('/attendance/batches', { houseCode: chosen.code, channel: 'MANUAL', records });
    const rejected = answer.rows.filter((row) => row.result === 'REJECTED');
    rejected.forEach((row) => {
      const ref = records[row.index] ? records[row.index].clientRef : null;
      const slot = ref && sheet.querySelector(`fieldset[data-field="${CSS.escape(ref)}"] .field-error`);
      if (slot) { slot.textContent = row.reason || row.code; slot.hidden = false; }
    });
    result.replaceChildren(h('p', { class: rejected.length ? 'form-error' : 'notice', role: 'status' },
      `Saved: ${answer.counts.accepted} recorded, ${answer.counts.duplicate} already recorded, ${answer.counts.rejected} refused.`));
    announce('Attendance saved');
  });

  const reportList = reportsTable(chosen.id, reports);

  page(`${roster.houseName}`,
    houses.length > 1 ? h('nav', { 'aria-label': 'Houses' }, houses.map((x) => h('a', { href: `#/house/${x.id}` }, `${x.name} `))) : null,
    h('p', {}, `${roster.residents.length} residents · capacity ${roster.capacity}`),
    thisWeek(worklist),
    h('h2', {}, 'Take attendance'), sheet,
    h('h2', {}, 'Record a test'), recordTestForm(chosen, roster.residents, codeLists, claims().preferred_username),
    h('h2', {}, 'Files from the house system'), reportList);
}
