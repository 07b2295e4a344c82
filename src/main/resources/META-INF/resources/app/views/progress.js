// Progress over time: each category's score per completed interview as a line chart, the weakest criteria and counts.
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { heading } from '../ui.js';
import { animation, loadChart, table } from '../charts.js';
import { CATEGORIES } from './setup.js';

const COLORS = ['#1f5fbf', '#b3261e', '#1b7a3d', '#8a4b00', '#6b3fa0'];

function trendChart(categories) {
  const ids = [...new Set(categories.flatMap((c) => c.scores.map((p) => p.interviewId)))].sort((a, b) => a - b);
  const summary = categories.map((c) => `${CATEGORIES[c.category] ?? c.category} latest ${c.latest}`).join(', ');
  const canvas = h('canvas', { id: 'progress-chart', role: 'img', 'aria-label': `Scores over time out of 100: ${summary}` });
  const figure = h('figure', { class: 'chart' }, h('div', { class: 'chart-box' }, canvas),
    h('figcaption', null, 'Score per category in each completed interview (0 to 100); the table below has the same numbers.'));
  loadChart().then((Chart) => {
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: ids.map((id) => `Interview ${id}`),
        datasets: categories.map((c, i) => ({
          label: CATEGORIES[c.category] ?? c.category,
          data: ids.map((id) => c.scores.find((p) => p.interviewId === id)?.score ?? null),
          borderColor: COLORS[i % COLORS.length],
          backgroundColor: COLORS[i % COLORS.length],
          spanGaps: true,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: animation(),
        scales: { y: { min: 0, max: 100, ticks: { color: '#3d4752' } }, x: { ticks: { color: '#3d4752' } } },
        plugins: { legend: { labels: { color: '#1d232a' } } },
      },
    });
    canvas.dataset.rendered = String(chart.data.datasets.length);
  }).catch((error) => figure.append(h('p', { class: 'muted' }, error.message)));
  return figure;
}

export async function progressView(root) {
  const p = await api('/progress');
  const categories = (p.categories ?? []).filter((c) => c.scores?.length);
  const signed = (n) => (n > 0 ? `+${n}` : String(n ?? 0));
  append(root,
    heading('Progress'),
    h('dl', { class: 'facts', id: 'progress-counts' },
      h('dt', null, 'Completed interviews'), h('dd', null, String(p.interviews ?? 0)),
      h('dt', null, 'Answers'), h('dd', null, String(p.answered ?? 0)),
      h('dt', null, 'Stories'), h('dd', null, String(p.stories?.count ?? 0)),
      h('dt', null, 'Due for review'), h('dd', null, h('a', { href: '#/practice/queue' }, String(p.dueForReview ?? 0)))),
    h('section', { 'aria-labelledby': 'trend-title' }, h('h2', { id: 'trend-title' }, 'Scores over time'),
      categories.length === 0 ? h('p', null, 'Complete an interview to see your scores here.') : [
        trendChart(categories),
        table('Scores by category', ['Category', 'Latest', 'Best', 'Change since the first', 'Interviews'],
          categories.map((c) => [CATEGORIES[c.category] ?? c.category, c.latest, c.best, signed(c.change), c.scores.length]),
          'trend-table')]),
    h('section', { 'aria-labelledby': 'weakest-title' }, h('h2', { id: 'weakest-title' }, 'Weakest criteria'),
      (p.weakestCriteria ?? []).length === 0 ? h('p', null, 'No rubric verdicts yet.')
        : h('ol', { id: 'weakest-criteria' }, p.weakestCriteria.map((c) => h('li', null,
          h('strong', null, c.criterion), ` met in ${Math.round((c.metRate ?? 0) * 100)} % of ${c.answers} answer${c.answers === 1 ? '' : 's'}`)))));
}
