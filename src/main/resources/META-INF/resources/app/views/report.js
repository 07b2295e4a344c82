// The report of a completed interview: scores with a chart (Chart.js, served by the service), STAR coverage,
// improvements, delivery, and downloads of the PDF and the transcripts.
import { api, download } from '../api.js';
import { append, field, h } from '../dom.js';
import { busy, heading } from '../ui.js';
import { animation, loadChart, table } from '../charts.js';
import { CATEGORIES } from './setup.js';

function chartFigure(report) {
  const labels = report.categories.map((c) => CATEGORIES[c.category] ?? c.category);
  const summary = report.categories.map((c, i) => `${labels[i]} ${c.score}`).join(', ');
  const canvas = h('canvas', { id: 'score-chart', role: 'img', 'aria-label': `Score by category out of 100: ${summary}` });
  const figure = h('figure', { class: 'chart' }, h('div', { class: 'chart-box' }, canvas),
    h('figcaption', null, 'Score by category (0 to 100); the table below has the same numbers.'));
  loadChart().then((Chart) => {
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels, datasets: [{ label: 'Score', data: report.categories.map((c) => c.score), backgroundColor: '#1f5fbf' }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: animation(),
        scales: { y: { min: 0, max: 100, ticks: { color: '#3d4752' } }, x: { ticks: { color: '#3d4752' } } },
        plugins: { legend: { display: false } },
      },
    });
    canvas.dataset.rendered = String(chart.data.datasets[0].data.length);
  }).catch((error) => figure.append(h('p', { class: 'muted' }, error.message)));
  return figure;
}

function downloads(id) {
  const items = [
    ['download-pdf', 'Download the PDF report', 'application/pdf', `interview-${id}-report.pdf`, '/report'],
    ['download-md', 'Download the Markdown transcript', 'text/markdown', `interview-${id}-transcript.md`, '/transcript'],
    ['download-txt', 'Download the text transcript', 'text/plain', `interview-${id}-transcript.txt`, '/transcript'],
  ];
  return h('div', { class: 'actions' }, items.map(([bid, label, accept, file, path]) => {
    const button = h('button', { type: 'button', id: bid }, label);
    button.addEventListener('click', () => busy(button, () => download(`/interviews/${id}${path}`, accept, file)));
    return button;
  }));
}

/** "Try again" on an answered question: posts an attempt and shows its score against the previous best. */
function tryAgain(id, entry) {
  const text = h('textarea', { rows: '5', required: true, maxlength: '20000', class: 'attempt-text' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Submit the new answer');
  const result = h('p', { class: 'attempt-result', role: 'status' });
  const started = Date.now();
  const form = h('form', { novalidate: true }, field('Your new answer', text), h('div', { class: 'actions' }, submit), result);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      const r = await api(`/interviews/${id}/questions/${entry.questionId}/attempts`, { method: 'POST',
        headers: { 'Idempotency-Key': crypto.randomUUID() },
        json: { text: text.value, durationSeconds: Math.round((Date.now() - started) / 1000) } });
      const delta = r.delta?.score ?? 0;
      result.textContent = `Score ${r.analysis?.score ?? r.attempt?.score} (attempt ${r.attempt?.number}; `
        + `previous best ${r.previousBest?.score ?? '–'}, change ${delta > 0 ? '+' : ''}${delta}).`;
    });
  });
  return h('details', { class: 'try-again' }, h('summary', null, 'Try again'), form);
}

export async function reportView(root, { args: [id] }) {
  const report = await api(`/interviews/${id}/report`);
  const transcript = await api(`/interviews/${id}/transcript`);
  const d = report.delivery ?? {};
  append(root,
    heading(`Report: interview ${id}`),
    h('div', { class: 'score-row' },
      h('p', { class: 'score big', id: 'overall-score' }, h('span', { class: 'score-value' }, String(report.overallScore ?? '–')), '/100'),
      h('p', null, `${report.answered} answered · ${report.skipped} skipped · ${report.notAnswered} not answered, of ${report.total}`)),
    h('section', { 'aria-labelledby': 'downloads-title' }, h('h2', { id: 'downloads-title' }, 'Downloads'), downloads(id)),
    h('section', { 'aria-labelledby': 'scores-title' }, h('h2', { id: 'scores-title' }, 'Scores'),
      chartFigure(report),
      table('Scores by category', ['Category', 'Score', 'Answered', 'Skipped', 'Not answered'],
        report.categories.map((c) => [CATEGORIES[c.category] ?? c.category, c.score, c.answered, c.skipped, c.notAnswered]), 'category-table')),
    (report.improvements ?? []).length ? h('section', { 'aria-labelledby': 'improve-title' },
      h('h2', { id: 'improve-title' }, 'What to improve'),
      h('ol', null, report.improvements.map((i) => h('li', null, h('p', null, i.advice),
        i.question ? h('p', { class: 'muted' }, `On: ${i.question}`) : null,
        i.answerExcerpt ? h('blockquote', null, i.answerExcerpt) : null)))) : null,
    report.starCoverage?.behavioralAnswers ? h('section', { 'aria-labelledby': 'star-title' },
      h('h2', { id: 'star-title' }, 'STAR coverage'),
      table(`In ${report.starCoverage.behavioralAnswers} behavioural answer(s)`, ['Part', 'Present', 'Missing'],
        report.starCoverage.parts.map((p) => [p.part, p.present, p.missing]), 'star-table')) : null,
    h('section', { 'aria-labelledby': 'delivery-title' }, h('h2', { id: 'delivery-title' }, 'Delivery'),
      h('dl', { class: 'facts' },
        h('dt', null, 'Words'), h('dd', null, String(d.words ?? 0)),
        h('dt', null, 'Filler words'), h('dd', null, `${d.fillerWords ?? 0}${d.topFillers?.length ? ` (${d.topFillers.join(', ')})` : ''}`),
        h('dt', null, 'Hedges'), h('dd', null, String(d.hedges ?? 0)),
        d.averageWordsPerMinute ? [h('dt', null, 'Average words per minute'), h('dd', null, String(d.averageWordsPerMinute))] : null)),
    (report.projects ?? []).length ? h('section', { 'aria-labelledby': 'projects-title' },
      h('h2', { id: 'projects-title' }, 'Projects discussed'),
      h('ul', null, report.projects.map((p) => h('li', null, h('strong', null, p.project),
        p.modelChoice?.length ? ` · models: ${p.modelChoice.join(', ')}` : '',
        p.metric?.length ? ` · metrics: ${p.metric.join(', ')}` : '')))) : null,
    h('section', { 'aria-labelledby': 'transcript-title' }, h('h2', { id: 'transcript-title' }, 'Transcript'),
      h('ol', { class: 'transcript' }, transcript.entries.map((e) => h('li', { class: e.kind === 'follow_up' ? 'follow-up' : null },
        h('p', null, h('strong', null, e.kind === 'follow_up' ? 'Follow-up: ' : 'Q: '), e.question),
        h('p', null, h('strong', null, 'A: '), e.skipped ? '(skipped)' : (e.answer ?? '(not answered)'),
          e.score != null ? h('span', { class: 'badge' }, `score ${e.score}`) : null),
        e.answer && !e.skipped ? tryAgain(id, e) : null)))));
}
