// Placeholder: the practice features (story bank, review queue, progress, prep plan) are not in the API yet.
import { append, h } from '../dom.js';
import { heading } from '../ui.js';

export async function practiceView(root) {
  append(root,
    heading('Practice (coming soon)'),
    h('p', { class: 'lead' }, 'These pages arrive together with their features in the service. Until then, use '
      + 'interviews and their reports.'),
    h('ul', { class: 'plain-list placeholder' },
      h('li', null, h('strong', null, 'Story bank: '), 'keep your STAR stories and see which themes they cover.'),
      h('li', null, h('strong', null, 'Review queue: '), 'practise again the questions you answered weakly.'),
      h('li', null, h('strong', null, 'Progress: '), 'your scores over time as charts.'),
      h('li', null, h('strong', null, 'Prep plan: '), 'a day-by-day plan up to your interview, with a calendar file.')));
}
