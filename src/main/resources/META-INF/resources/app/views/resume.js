// One resume: its parse warnings, the editable profile (saved through PUT .../profile), and delete.
import { api } from '../api.js';
import { append, h, when } from '../dom.js';
import { busy, confirmDialog, flash, heading, notify, showError } from '../ui.js';
import { correctionBody, markErrors, profileFields } from './profile-form.js';

function sourceBadge(resume) {
  return h('span', { class: 'badge', id: 'profile-source' },
    resume.profileSource === 'user' ? 'Corrected by you' : 'As parsed');
}

export async function resumeView(root, { go, args: [id] }) {
  const resume = await api(`/resumes/${id}`);
  const draft = structuredClone(resume.profile ?? {});
  let badge = sourceBadge(resume);

  const save = h('button', { type: 'submit', class: 'primary', id: 'save-profile' }, 'Save profile');
  const form = h('form', { id: 'profile-form', novalidate: true, 'aria-labelledby': 'profile-title' },
    h('h2', { id: 'profile-title' }, 'Profile'),
    h('p', { class: 'hint' }, 'Fix anything the parser got wrong; interviews you start afterwards use your version.'),
    profileFields(draft),
    h('div', { class: 'actions sticky' }, save));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(save, async () => {
      try {
        const saved = await api(`/resumes/${id}/profile`, { method: 'PUT', json: correctionBody(draft) });
        markErrors(form, []);
        const fresh = sourceBadge(saved);
        badge.replaceWith(fresh);
        badge = fresh;
        notify('Profile saved.');
      } catch (error) {
        if (error.status === 400) markErrors(form, error.errors);
        throw error;
      }
    });
  });

  const remove = h('button', { type: 'button', class: 'danger', id: 'delete-resume' }, 'Delete this resume');
  remove.addEventListener('click', async () => {
    const sure = await confirmDialog({
      title: 'Delete this resume?',
      body: 'Its text and profile are erased. Interviews already planned from it keep their questions.',
      confirm: 'Delete resume',
    });
    if (!sure) {
      remove.focus();
      return;
    }
    await busy(remove, async () => {
      await api(`/resumes/${id}`, { method: 'DELETE' });
      flash('The resume was deleted.');
      go('/resumes');
    });
  });

  const warnings = resume.warnings ?? [];
  append(root,
    heading(resume.fileName || `Resume ${id}`),
    h('p', { class: 'meta' }, `Added ${when(resume.createdAt)} · ${resume.pageCount ?? '?'} page(s) · `, badge),
    warnings.length
      ? h('section', { class: 'callout warn', 'aria-labelledby': 'warnings-title', id: 'warnings' },
        h('h2', { id: 'warnings-title' }, 'Parser warnings'),
        h('ul', null, warnings.map((w) => h('li', null, w))))
      : h('p', { class: 'muted' }, 'The parser raised no warnings.'),
    h('p', null, h('a', { class: 'button', href: `#/interviews/new?resume=${id}` }, 'Start an interview with this resume')),
    form,
    h('section', { class: 'card danger-zone', 'aria-labelledby': 'delete-title' },
      h('h2', { id: 'delete-title' }, 'Delete'),
      h('p', null, 'Removes the resume\'s text and profile from the service.'),
      remove));
  if (!resume.profile) showError({ title: 'No profile', detail: 'This resume has no parsed profile.', errors: [] });
}
