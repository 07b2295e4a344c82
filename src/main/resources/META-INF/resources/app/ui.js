// Shared page furniture: the error and status regions, confirmation dialogs and busy buttons.
import { h } from './dom.js';

const alerts = () => document.getElementById('alerts');
const status = () => document.getElementById('status');

/** Human wording for a wait, e.g. "1 minute 5 seconds". */
export function duration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const parts = [];
  if (m) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (s || !m) parts.push(`${s} second${s === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** The readable lines of an error: the problem's title and detail, each bad field, and when to retry after a 429. */
export function describe(error) {
  if (!error || error.title === undefined) {
    return { title: 'Something went wrong', lines: [String(error?.message || error)] };
  }
  const lines = [];
  if (error.detail && error.errors.length === 0) lines.push(error.detail);
  for (const e of error.errors) lines.push(`${e.field}: ${e.message}`);
  if (error.status === 429) {
    lines.push(error.retryAfterSeconds != null
      ? `You can try again in ${duration(error.retryAfterSeconds)}.`
      : 'You can try again in a moment.');
  }
  return { title: error.title, lines };
}

let unauthorized = () => {};

/** What to do when the API refuses the token (main.js signs out and shows the sign-in). */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

/** Shows an error in the page's alert region (announced by screen readers); never raw JSON. */
export function showError(error) {
  if (error?.status === 401 && unauthorized(error)) return;
  const { title, lines } = describe(error);
  const box = h('div', { class: 'alert', 'data-status': error?.status ?? '' },
    h('p', { class: 'alert-title' }, title),
    lines.length > 1 ? h('ul', null, lines.map((l) => h('li', null, l))) : lines.map((l) => h('p', null, l)),
    h('button', { type: 'button', class: 'link-button', onclick: () => box.remove() }, 'Dismiss'));
  alerts().replaceChildren(box);
  box.scrollIntoView({ block: 'nearest' });
}

export function clearMessages() {
  alerts().replaceChildren();
  status().replaceChildren();
}

/** A short success or progress note in the polite status region. */
export function notify(message) {
  status().replaceChildren(message ? h('p', null, message) : '');
}

let flashed = null;

/** A note to show on the next page (after a navigation, which clears the regions). */
export function flash(message) {
  flashed = message;
}

/** Takes the note left by flash(), if any. */
export function takeFlash() {
  const message = flashed;
  flashed = null;
  return message;
}

/** Asks for confirmation in a modal dialog; resolves true only on the confirm button. */
export function confirmDialog({ title, body, confirm, danger = true }) {
  return new Promise((resolve) => {
    const titleId = 'dialog-title';
    const dialog = h('dialog', { 'aria-labelledby': titleId, class: 'dialog' },
      h('h2', { id: titleId }, title),
      h('p', null, body),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: danger ? 'danger' : 'primary', id: 'dialog-confirm',
          onclick: () => dialog.close('confirm') }, confirm),
        h('button', { type: 'button', id: 'dialog-cancel', onclick: () => dialog.close('cancel') }, 'Cancel')));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'confirm');
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('#dialog-cancel').focus();
  });
}

/** Runs an action with its button disabled and marked busy, showing errors; returns the action's result. */
export async function busy(button, action) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** The page heading, focused after navigation so keyboard and screen-reader users start at the top. */
export function heading(text) {
  return h('h1', { tabindex: '-1', id: 'page-title' }, text);
}
