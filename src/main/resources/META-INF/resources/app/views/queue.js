// The review queue: each answered question's status, best score and when it is due, and a review interview of the due ones.
import { api } from '../api.js';
import { append, h, when } from '../dom.js';
import { busy, heading } from '../ui.js';
import { table } from '../charts.js';
import { CATEGORIES } from './setup.js';

const STATUS = { strong: 'Strong', shaky: 'Shaky', weak: 'Weak' };

export async function queueView(root, { go }) {
  const queue = await api('/practice/queue');
  const due = queue.filter((q) => q.due).length;
  const start = h('button', { type: 'button', class: 'primary', id: 'start-review' }, 'Start a review interview');
  start.addEventListener('click', () => busy(start, async () => {
    const interview = await api('/interviews', { method: 'POST', json: { mode: 'review', questionsPerCategory: 3 } });
    go(`/interviews/${interview.id}`);
  }));
  append(root,
    heading('Review queue'),
    h('p', { class: 'lead' }, 'Questions come back for review: weak ones after a day, shaky ones after three, strong ones later each time.'),
    h('p', { id: 'due-count' }, `${due} of ${queue.length} question${queue.length === 1 ? '' : 's'} due now.`),
    h('div', { class: 'actions' }, start),
    queue.length === 0 ? h('p', null, 'Nothing answered yet: answer an interview and its questions arrive here.')
      : table('Questions to review, due ones first', ['Question', 'Category', 'Status', 'Best score', 'Attempts', 'Due'],
        queue.map((q) => [h('a', { href: `#/interviews/${q.interviewId}/report` }, q.text),
          CATEGORIES[q.category] ?? q.category,
          h('span', { class: `badge${q.status === 'strong' ? '' : ' warn'}` }, STATUS[q.status] ?? q.status),
          q.bestScore ?? '–', q.attempts ?? 0, q.due ? 'Now' : when(q.dueAt)]), 'queue-table'));
}
