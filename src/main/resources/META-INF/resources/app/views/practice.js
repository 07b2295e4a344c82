// The practice hub: the story bank, the review queue, progress and the prep plan, with a one-line summary of each.
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { heading } from '../ui.js';

export async function practiceView(root) {
  const progress = await api('/progress');
  const card = (id, title, text, href, label) => h('section', { class: 'card', 'aria-labelledby': id },
    h('h2', { id }, title), h('p', null, text), h('a', { class: 'button', href }, label));
  append(root,
    heading('Practice'),
    h('p', { class: 'lead' }, 'Keep your stories, review weak answers, follow your scores and plan the days to your interview.'),
    h('div', { class: 'grid-2' },
      card('stories-card', 'Story bank', `${progress.stories?.count ?? 0} stories; `
        + `${(progress.stories?.missingThemes ?? []).length} themes still missing.`, '#/practice/stories', 'Open the story bank'),
      card('queue-card', 'Review queue', `${progress.dueForReview ?? 0} questions due for review.`,
        '#/practice/queue', 'Open the review queue'),
      card('progress-card', 'Progress', `${progress.interviews ?? 0} completed interviews, ${progress.answered ?? 0} answers.`,
        '#/practice/progress', 'See your progress'),
      card('plan-card', 'Prep plan', 'A day-by-day plan up to your interview, with a calendar file.',
        '#/practice/plans', 'Open prep plans')));
}
