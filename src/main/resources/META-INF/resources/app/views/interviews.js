// The caller's interviews: continue an unfinished one, open a report, or delete one.
import { api } from '../api.js';
import { append, h, when } from '../dom.js';
import { busy, confirmDialog, flash, heading } from '../ui.js';

export async function interviewsView(root, { go }) {
  const page = await api('/interviews?size=100');
  const rows = page.items.map((i) => {
    const remove = h('button', { type: 'button', class: 'link-button danger-text' }, `Delete interview ${i.id}`);
    remove.addEventListener('click', async () => {
      const sure = await confirmDialog({ title: `Delete interview ${i.id}?`,
        body: 'Its questions, answers, transcript and report are erased.', confirm: 'Delete interview' });
      if (!sure) {
        remove.focus();
        return;
      }
      await busy(remove, async () => {
        await api(`/interviews/${i.id}`, { method: 'DELETE' });
        flash(`Interview ${i.id} was deleted.`);
        go('/interviews');
      });
    });
    const open = i.status === 'completed'
      ? h('a', { href: `#/interviews/${i.id}/report` }, `Report of interview ${i.id}`)
      : h('a', { href: `#/interviews/${i.id}` }, `Continue interview ${i.id}`);
    return h('tr', null,
      h('th', { scope: 'row' }, open),
      h('td', null, when(i.createdAt)),
      h('td', null, i.status === 'completed' ? 'Complete' : 'In progress'),
      h('td', null, `${i.progress.answered} of ${i.progress.total}`),
      h('td', null, i.overallScore == null ? '–' : String(i.overallScore)),
      h('td', null, remove));
  });
  append(root, heading('Interviews'),
    h('p', null, h('a', { class: 'button primary', href: '#/interviews/new' }, 'Start an interview')),
    rows.length === 0 ? h('p', null, 'No interviews yet.')
      : h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Interviews table' },
        h('table', { id: 'interview-table' }, h('caption', { class: 'visually-hidden' }, 'Your interviews, newest first'),
          h('thead', null, h('tr', null, ['Interview', 'Started', 'Status', 'Answered', 'Score', 'Actions']
            .map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', null, rows))));
}
