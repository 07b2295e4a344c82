// Start an interview: resume, categories, questions per category, difficulty, follow-ups and a job description.
import { api } from '../api.js';
import { append, field, h } from '../dom.js';
import { busy, heading, notify } from '../ui.js';

export const CATEGORIES = {
  ml_fundamentals: 'ML fundamentals',
  statistics_probability: 'Statistics and probability',
  model_evaluation: 'Model evaluation',
  applied_case_study: 'Applied case study',
  behavioral: 'Behavioural',
};

export async function setupView(root, { go, params }) {
  const resumes = await api('/resumes?size=100');
  const chosen = params.get('resume') ?? (resumes.items[0]?.id ?? '');
  const resume = h('select', { id: 'setup-resume' },
    h('option', { value: '' }, 'No resume: general questions'),
    resumes.items.map((r) => h('option', { value: r.id, selected: String(r.id) === String(chosen) },
      r.fileName || `Resume ${r.id}`)));
  const boxes = Object.entries(CATEGORIES).map(([value, label]) => {
    const box = h('input', { type: 'checkbox', id: `cat-${value}`, name: 'category', value, checked: true });
    return h('div', { class: 'check' }, box, h('label', { for: box.id }, label));
  });
  const perCategory = h('input', { type: 'number', id: 'setup-per-category', min: 1, max: 5, value: '1', required: true });
  const difficulty = h('select', { id: 'setup-difficulty' },
    ['mixed', 'easy', 'medium', 'hard'].map((d) => h('option', { value: d }, d[0].toUpperCase() + d.slice(1))));
  const followUps = h('select', { id: 'setup-follow-ups' },
    [['0', 'None'], ['1', 'Up to 1 per question'], ['2', 'Up to 2 per question']]
      .map(([v, l]) => h('option', { value: v, selected: v === '1' }, l)));
  const jobDescription = h('textarea', { id: 'setup-job', rows: 5, maxlength: 20000 });
  const start = h('button', { type: 'submit', class: 'primary', id: 'start-interview' }, 'Start interview');

  const form = h('form', { id: 'setup-form', 'aria-labelledby': 'page-title' },
    field('Resume', resume, 'Questions about your own projects come from it.'),
    h('fieldset', null, h('legend', null, 'Categories'), h('div', { class: 'checks' }, boxes)),
    h('div', { class: 'grid-3' },
      field('Questions per category', perCategory, '1 to 5.'),
      field('Difficulty', difficulty),
      field('Follow-up questions', followUps)),
    field('Job description (optional)', jobDescription, 'Paste the posting to steer the questions toward it.'),
    h('div', { class: 'actions' }, start));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const categories = boxes.map((b) => b.querySelector('input')).filter((b) => b.checked).map((b) => b.value);
    const body = {
      categories,
      questionsPerCategory: Number(perCategory.value),
      difficulty: difficulty.value,
      followUps: Number(followUps.value),
    };
    if (resume.value) body.resumeId = Number(resume.value);
    if (jobDescription.value.trim()) body.jobDescription = jobDescription.value;
    busy(start, async () => {
      notify('Planning your questions…');
      const interview = await api('/interviews', { method: 'POST', json: body });
      go(`/interviews/${interview.id}`);
    });
  });
  append(root, heading('Start an interview'), form);
}
