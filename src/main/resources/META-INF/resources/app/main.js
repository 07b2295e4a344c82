// The app shell: hash routes to views, the navigation, sign-out and focus after each page change.
import { session } from './api.js';
import { clearMessages, notify, onUnauthorized, showError, takeFlash } from './ui.js';
import { signInView } from './views/signin.js';
import { homeView } from './views/home.js';
import { resumesView } from './views/resumes.js';
import { resumeView } from './views/resume.js';
import { interviewsView } from './views/interviews.js';
import { setupView } from './views/setup.js';
import { interviewView } from './views/interview.js';
import { reportView } from './views/report.js';
import { accountView } from './views/account.js';
import { practiceView } from './views/practice.js';
import { storiesView } from './views/stories.js';
import { queueView } from './views/queue.js';
import { progressView } from './views/progress.js';
import { prepPlansView, prepPlanView } from './views/prep.js';

/** Route pattern, the nav entry it belongs to, and its view. Hash routes need no server-side fallback. */
const ROUTES = [
  [/^\/$/, 'home', homeView],
  [/^\/resumes$/, 'resumes', resumesView],
  [/^\/resumes\/(\d+)$/, 'resumes', resumeView],
  [/^\/interviews$/, 'interviews', interviewsView],
  [/^\/interviews\/new$/, 'interviews', setupView],
  [/^\/interviews\/(\d+)$/, 'interviews', interviewView],
  [/^\/interviews\/(\d+)\/report$/, 'interviews', reportView],
  [/^\/account$/, 'account', accountView],
  [/^\/practice$/, 'practice', practiceView],
  [/^\/practice\/stories$/, 'practice', storiesView],
  [/^\/practice\/queue$/, 'practice', queueView],
  [/^\/practice\/progress$/, 'practice', progressView],
  [/^\/practice\/plans$/, 'practice', prepPlansView],
  [/^\/practice\/plans\/(\d+)$/, 'practice', prepPlanView],
];

/** Navigates to a hash route (re-rendering even when it is the current one). */
export function go(route) {
  if (location.hash === `#${route}`) {
    render();
  } else {
    location.hash = route;
  }
}

function parse() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  return { path, params: new URLSearchParams(query) };
}

let renderCount = 0;
/** An error to show once the next page is in place (a refused token sends the user to the sign-in). */
let pendingError = null;

async function render() {
  const mine = ++renderCount;
  const view = document.getElementById('view');
  const nav = document.getElementById('nav');
  clearMessages();
  const { path, params } = parse();
  const target = document.createElement('div');
  let route = null;
  if (!session.token) {
    nav.hidden = true;
    await signInView(target, { go, params });
  } else {
    nav.hidden = false;
    const match = ROUTES.map(([re, name, fn]) => [re.exec(path), name, fn]).find(([m]) => m);
    if (match) {
      const [m, name, fn] = match;
      route = name;
      try {
        await fn(target, { go, params, args: m.slice(1) });
      } catch (error) {
        showError(error);
      }
    } else {
      target.append(Object.assign(document.createElement('h1'), { textContent: 'Page not found', tabIndex: -1 }));
    }
  }
  if (mine !== renderCount) return; // a newer navigation won
  view.replaceChildren(...target.childNodes);
  for (const link of nav.querySelectorAll('a[data-route]')) {
    if (link.dataset.route === route) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const title = view.querySelector('h1');
  document.title = `${title ? title.textContent : 'Mock Interview'} · Mock Interview`;
  if (renderCount > 1 && title) title.focus({ preventScroll: false });
  const note = takeFlash();
  if (note) notify(note);
  if (pendingError) {
    showError(pendingError);
    pendingError = null;
  }
  document.body.dataset.ready = path; // tests and scripts wait for this
}

onUnauthorized((error) => {
  if (!session.token) return false;
  session.signOut();
  pendingError = { ...error, title: 'Please sign in again', errors: [],
    detail: 'The service did not accept your token (it may have expired or been revoked).' };
  go('/');
  return true;
});

document.getElementById('sign-out').addEventListener('click', () => {
  session.signOut();
  go('/');
});

document.getElementById('skip-link').addEventListener('click', (event) => {
  // the hash belongs to the router, so the skip link moves focus itself
  event.preventDefault();
  document.getElementById('main').focus();
});

window.addEventListener('hashchange', render);
render();
