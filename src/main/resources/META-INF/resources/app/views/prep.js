// Prep plans: create one for an interview date, see its days and items, tick items done, download the calendar file.
import { api, download } from '../api.js';
import { append, field, h, when } from '../dom.js';
import { busy, confirmDialog, flash, heading, notify, showError } from '../ui.js';
import { CATEGORIES } from './setup.js';

const KINDS = { drill: 'Drill', case_study: 'Case study', resume_depth: 'Resume depth', story_bank: 'Story bank',
  mock_interview: 'Mock interview', review: 'Review', logistics: 'Logistics' };

/** A local date (yyyy-mm-dd) some days from today. */
function isoDay(daysFromToday) {
  const d = new Date();
  d.setDate(d.getDate() + daysFromToday);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A yyyy-mm-dd date as the reader's long date (read as a local day, not UTC midnight). */
function day(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
}

export async function prepPlansView(root, { go }) {
  const [plans, resumes] = await Promise.all([api('/prep-plans'), api('/resumes?size=100')]);
  const date = h('input', { type: 'date', id: 'plan-date', required: true, min: isoDay(1), max: isoDay(365), value: isoDay(14) });
  const hours = h('input', { type: 'number', id: 'plan-hours', min: '1', max: '60', value: '6', inputmode: 'numeric' });
  const resume = h('select', { id: 'plan-resume' }, h('option', { value: '' }, 'My most recent resume'),
    resumes.items.map((r) => h('option', { value: String(r.id) }, r.fileName ?? `Resume ${r.id}`)));
  const create = h('button', { type: 'submit', class: 'primary', id: 'create-plan' }, 'Create the plan');
  const form = h('form', { id: 'plan-form', class: 'card', 'aria-labelledby': 'plan-form-title', novalidate: true },
    h('h2', { id: 'plan-form-title' }, 'New prep plan'),
    h('div', { class: 'grid-3' },
      field('Interview date', date, 'Tomorrow at the earliest, within a year.'),
      field('Hours per week', hours, 'From 1 to 60.'),
      field('Resume', resume, 'Its projects shape the resume-depth items.')),
    h('div', { class: 'actions' }, create));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(create, async () => {
      const body = { interviewDate: date.value, hoursPerWeek: Number(hours.value) || undefined };
      if (resume.value) body.resumeId = Number(resume.value);
      const plan = await api('/prep-plans', { method: 'POST', json: body });
      flash(`Prep plan ${plan.id} was created.`);
      go(`/practice/plans/${plan.id}`);
    });
  });
  append(root,
    heading('Prep plans'),
    h('p', { class: 'lead' }, 'A plan from today to the day before your interview, shaped by your weak categories, due reviews and stories.'),
    form,
    h('section', { 'aria-labelledby': 'plans-title' }, h('h2', { id: 'plans-title' }, 'Your plans'),
      plans.length === 0 ? h('p', null, 'No plans yet.')
        : h('ul', { class: 'plain-list', id: 'plan-list' }, plans.map((p) => h('li', null,
          h('a', { href: `#/practice/plans/${p.id}` }, `Plan ${p.id} for ${day(p.interviewDate)}`),
          ` · ${p.done} of ${p.items} items done · ${p.hoursPerWeek} h a week · created ${when(p.createdAt)}`)))));
}

function itemRow(item, onDone) {
  const box = h('input', { type: 'checkbox', id: `item-${item.id}`, checked: item.done, disabled: item.done });
  box.addEventListener('change', () => onDone(item, box));
  return h('li', { class: 'check plan-item' }, box,
    h('label', { for: box.id },
      h('strong', null, item.title), ' ',
      h('span', { class: 'badge' }, KINDS[item.kind] ?? item.kind),
      item.category ? h('span', { class: 'badge accent' }, CATEGORIES[item.category] ?? item.category) : null,
      ` ${item.minutes} min`,
      item.done ? h('span', { class: 'visually-hidden' }, ' (done)') : null),
    item.detail ? h('p', { class: 'hint' }, item.detail) : null);
}

export async function prepPlanView(root, { go, args: [id] }) {
  const plan = await api(`/prep-plans/${id}`);
  const items = plan.days.flatMap((d) => d.items);
  const doneText = (all) => `${all.filter((i) => i.done).length} of ${all.length} items done.`;
  const doneCount = h('p', { id: 'plan-done' }, doneText(items));
  const onDone = (item, box) => {
    box.disabled = true;
    api(`/prep-plans/${id}/items/${item.id}/done`, { method: 'POST' }).then((updated) => {
      doneCount.textContent = doneText(updated.days.flatMap((d) => d.items));
      notify(`Done: ${item.title}.`);
    }).catch((error) => {
      box.checked = false;
      box.disabled = false;
      showError(error);
    });
  };
  const ics = h('button', { type: 'button', id: 'download-ics' }, 'Download the calendar file (.ics)');
  ics.addEventListener('click', () => busy(ics, () => download(`/prep-plans/${id}`, 'text/calendar', `prep-plan-${id}.ics`)));
  const remove = h('button', { type: 'button', class: 'danger', id: 'delete-plan' }, 'Delete this plan');
  remove.addEventListener('click', async () => {
    const sure = await confirmDialog({ title: `Delete prep plan ${id}?`, body: 'Its days and ticked items are erased.',
      confirm: 'Delete plan' });
    if (!sure) {
      remove.focus();
      return;
    }
    await busy(remove, async () => {
      await api(`/prep-plans/${id}`, { method: 'DELETE' });
      flash(`Prep plan ${id} was deleted.`);
      go('/practice/plans');
    });
  });
  append(root,
    heading(`Prep plan for ${day(plan.interviewDate)}`),
    h('p', { class: 'lead' }, `${plan.days.length} days · ${plan.hoursPerWeek} hours a week.`),
    doneCount,
    h('div', { class: 'actions' }, ics, remove),
    h('ol', { class: 'plain-list plan-days' }, plan.days.map((d, i) => h('li', { class: 'card' },
      h('h2', { id: `day-${i}` }, day(d.date)),
      h('ul', { class: 'plain-list', 'aria-labelledby': `day-${i}` }, d.items.map((item) => itemRow(item, onDone)))))));
}
