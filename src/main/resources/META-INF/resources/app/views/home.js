// Home after sign-in: who is signed in, the next steps, and any unfinished interview to resume.
import { api } from '../api.js';
import { append, h, when } from '../dom.js';
import { heading } from '../ui.js';

export async function homeView(root) {
  const [me, resumes, interviews] = await Promise.all([
    api('/me'), api('/resumes?size=100'), api('/interviews?size=20')]);
  const unfinished = interviews.items.filter((i) => i.status === 'in_progress');
  append(root,
    heading('Your practice'),
    h('p', { class: 'lead' }, `Signed in as ${me.subject}.`),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card', 'aria-labelledby': 'resume-card' },
        h('h2', { id: 'resume-card' }, 'Resume'),
        h('p', null, resumes.total === 0
          ? 'No resume yet: questions will be general until you add one.'
          : `${resumes.total} resume${resumes.total === 1 ? '' : 's'} on file.`),
        h('a', { class: 'button', href: '#/resumes' }, resumes.total === 0 ? 'Add a resume' : 'Manage resumes')),
      h('section', { class: 'card', 'aria-labelledby': 'interview-card' },
        h('h2', { id: 'interview-card' }, 'Interview'),
        h('p', null, 'Plan a mock interview across the categories you choose.'),
        h('a', { class: 'button primary', href: '#/interviews/new', id: 'start-interview-link' },
          'Start an interview'))),
    h('section', { 'aria-labelledby': 'unfinished-title' },
      h('h2', { id: 'unfinished-title' }, 'Unfinished interviews'),
      unfinished.length === 0
        ? h('p', null, 'None: every interview you started is complete.')
        : h('ul', { class: 'plain-list' }, unfinished.map((i) => h('li', null,
          h('a', { href: `#/interviews/${i.id}` }, `Continue interview ${i.id}`),
          ` · started ${when(i.createdAt)} · ${i.progress.answered} of ${i.progress.total} answered`)))));
}
