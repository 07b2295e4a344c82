// The landing page: one sentence on what the app does, then the sign-in (dev user or pasted bearer token).
import { api, devToken, devTokensAvailable, session } from '../api.js';
import { append, field, h } from '../dom.js';
import { busy, heading, showError } from '../ui.js';

/** Keeps the token only after the API accepted it. */
async function signIn(token, go) {
  const trimmed = token.trim().replace(/^Bearer\s+/i, '');
  if (!trimmed) {
    showError({ title: 'No token', detail: 'Paste a bearer token first.', errors: [] });
    return;
  }
  const me = await api('/me', { token: trimmed });
  session.signIn(trimmed);
  go(`/?welcome=${encodeURIComponent(me.subject)}`);
}

export async function signInView(root, { go }) {
  const tokenInput = h('textarea', { id: 'token', rows: 3, autocomplete: 'off', spellcheck: 'false',
    autocapitalize: 'off', required: true });
  const tokenButton = h('button', { type: 'submit', class: 'primary', id: 'token-sign-in' }, 'Sign in with token');
  const tokenForm = h('form', { class: 'card', 'aria-labelledby': 'token-title' },
    h('h2', { id: 'token-title' }, 'Sign in with a token'),
    field('Bearer token', tokenInput, 'A JWT from your identity provider. It is kept only in this browser tab.'),
    h('div', { class: 'actions' }, tokenButton));
  tokenForm.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(tokenButton, () => signIn(tokenInput.value, go));
  });

  const forms = [tokenForm];
  if (await devTokensAvailable()) {
    const userInput = h('input', { id: 'dev-user', type: 'text', value: 'alice', autocomplete: 'username', required: true });
    const devButton = h('button', { type: 'submit', class: 'primary', id: 'dev-sign-in' }, 'Sign in as dev user');
    const devForm = h('form', { class: 'card', 'aria-labelledby': 'dev-title' },
      h('h2', { id: 'dev-title' }, 'Dev mode sign-in'),
      field('User name', userInput, 'Dev mode only: the service mints a token for this name.'),
      h('div', { class: 'actions' }, devButton));
    devForm.addEventListener('submit', (event) => {
      event.preventDefault();
      busy(devButton, async () => signIn(await devToken(userInput.value.trim() || 'alice'), go));
    });
    forms.unshift(devForm);
  }

  append(root,
    heading('Practise ML interviews from your resume'),
    h('p', { class: 'lead' }, 'Upload your resume, answer interview questions tailored to your own projects, and get '
      + 'scored feedback that quotes your answer, with a report at the end.'),
    h('section', { class: 'grid-2', 'aria-label': 'Sign in' }, forms),
    h('section', { 'aria-labelledby': 'how-title' },
      h('h2', { id: 'how-title' }, 'How it works'),
      h('ol', { class: 'steps' },
        h('li', null, 'Upload a resume PDF or paste its text, and correct anything the parser got wrong.'),
        h('li', null, 'Start an interview: ML fundamentals, statistics, model evaluation, case studies and behavioural questions.'),
        h('li', null, 'Answer against a visible timer; follow-up questions probe the weak spots.'),
        h('li', null, 'Read the analysis of each answer and download the report and transcript.'))));
}
