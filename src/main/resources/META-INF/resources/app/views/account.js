// Account: who is signed in, sign-out, and "Delete my data" (DELETE /me) after a confirmation.
import { api, session } from '../api.js';
import { append, h } from '../dom.js';
import { busy, confirmDialog, flash, heading } from '../ui.js';

export async function accountView(root, { go }) {
  const me = await api('/me');
  const erase = h('button', { type: 'button', class: 'danger', id: 'delete-my-data' }, 'Delete my data');
  erase.addEventListener('click', async () => {
    const sure = await confirmDialog({
      title: 'Delete all your data?',
      body: 'This erases your resumes, interviews, transcripts and reports from the service. It cannot be undone.',
      confirm: 'Delete everything',
    });
    if (!sure) {
      erase.focus();
      return;
    }
    await busy(erase, async () => {
      await api('/me', { method: 'DELETE' });
      session.signOut();
      flash('Your data was deleted and you are signed out.');
      go('/');
    });
  });
  append(root,
    heading('Account'),
    h('p', null, 'Signed in as ', h('strong', { id: 'subject' }, me.subject), '.'),
    h('section', { class: 'card danger-zone', 'aria-labelledby': 'erase-title' },
      h('h2', { id: 'erase-title' }, 'Delete my data'),
      h('p', null, 'Erase everything the service keeps about you: resumes (their text and profiles), interviews, '
        + 'answers, transcripts and reports.'),
      erase));
}
