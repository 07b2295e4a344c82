// The story bank: every story with its themes and STAR parts, theme coverage, and add, edit and delete.
import { api } from '../api.js';
import { append, field, h, when } from '../dom.js';
import { busy, confirmDialog, flash, heading } from '../ui.js';

const STAR = [['situation', 'Situation'], ['task', 'Task'], ['action', 'Action'], ['result', 'Result']];

/** A theme's slug as words ("handling_failure" → "handling failure"). */
export function themeName(theme) {
  return String(theme).replaceAll('_', ' ');
}

function coverage(bank) {
  return h('section', { 'aria-labelledby': 'coverage-title', class: 'card' },
    h('h2', { id: 'coverage-title' }, 'Theme coverage'),
    h('ul', { class: 'verdicts', id: 'theme-coverage' }, (bank.coverage ?? []).map((c) => h('li', null,
      h('span', { class: `verdict ${c.covered ? 'ok' : 'miss'}` }, c.covered ? 'covered' : 'missing'), ' ',
      h('strong', null, themeName(c.theme)),
      c.storyIds?.length ? h('span', { class: 'muted' }, ` · stories ${c.storyIds.join(', ')}`) : null))),
    h('p', { id: 'missing-themes' }, (bank.missingThemes ?? []).length
      ? `Missing themes: ${bank.missingThemes.map(themeName).join(', ')}. Add a story for each.`
      : 'Every theme has a story.'));
}

function storyCard(story, { onEdit, onDelete }) {
  const edit = h('button', { type: 'button', id: `edit-story-${story.id}` }, `Edit story ${story.id}`);
  edit.addEventListener('click', () => onEdit(story));
  const remove = h('button', { type: 'button', class: 'danger-text link-button', id: `delete-story-${story.id}` },
    `Delete story ${story.id}`);
  remove.addEventListener('click', () => onDelete(story, remove));
  const star = story.star ?? {};
  return h('li', { class: 'card story', id: `story-${story.id}` },
    h('h3', null, story.title || `Story ${story.id}`),
    h('p', { class: 'meta' }, story.score != null ? h('span', { class: 'badge' }, `score ${story.score}`) : null,
      (story.themes ?? []).map((t) => h('span', { class: 'badge accent' }, themeName(t))),
      ` used ${story.timesUsed ?? 0} time${story.timesUsed === 1 ? '' : 's'}`,
      story.lastUsedAt ? `, last ${when(story.lastUsedAt)}` : ''),
    h('dl', { class: 'facts' }, STAR.map(([key, label]) => [h('dt', null, label),
      h('dd', null, star[key] || h('span', { class: 'muted' }, 'not found'))])),
    h('details', null, h('summary', null, 'Full text'), h('p', null, story.text)),
    h('div', { class: 'actions' }, edit, remove));
}

export async function storiesView(root, { go }) {
  const bank = await api('/stories');
  const title = h('input', { type: 'text', id: 'story-title', maxlength: '200', autocomplete: 'off' });
  const text = h('textarea', { id: 'story-text', rows: '8', required: true, maxlength: '20000' });
  const save = h('button', { type: 'submit', class: 'primary', id: 'save-story' }, 'Add story');
  const cancel = h('button', { type: 'button', id: 'cancel-edit', hidden: true }, 'Cancel editing');
  const formTitle = h('h2', { id: 'story-form-title' }, 'Add a story');
  let editing = null;
  const reset = () => {
    editing = null;
    title.value = '';
    text.value = '';
    formTitle.textContent = 'Add a story';
    save.textContent = 'Add story';
    cancel.hidden = true;
  };
  cancel.addEventListener('click', reset);
  const form = h('form', { id: 'story-form', 'aria-labelledby': 'story-form-title', class: 'card', novalidate: true },
    formTitle,
    field('Title (optional)', title),
    field('Story', text, 'Tell it as you would in an interview: the situation, your task, what you did and the result.'),
    h('div', { class: 'actions' }, save, cancel));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(save, async () => {
      const draft = { text: text.value };
      if (title.value.trim()) draft.title = title.value.trim();
      const saved = editing
        ? await api(`/stories/${editing}`, { method: 'PUT', json: draft })
        : await api('/stories', { method: 'POST', json: draft });
      flash(editing ? `Story ${saved.id} was saved.` : `Story ${saved.id} was added.`);
      go('/practice/stories');
    });
  });
  const onEdit = (story) => {
    editing = story.id;
    title.value = story.title ?? '';
    text.value = story.text ?? '';
    formTitle.textContent = `Edit story ${story.id}`;
    save.textContent = 'Save story';
    cancel.hidden = false;
    form.scrollIntoView({ block: 'start' });
    text.focus();
  };
  const onDelete = async (story, button) => {
    const sure = await confirmDialog({ title: `Delete story ${story.id}?`,
      body: 'The story leaves your bank; the answers it came from stay.', confirm: 'Delete story' });
    if (!sure) {
      button.focus();
      return;
    }
    await busy(button, async () => {
      await api(`/stories/${story.id}`, { method: 'DELETE' });
      flash(`Story ${story.id} was deleted.`);
      go('/practice/stories');
    });
  };
  append(root,
    heading('Story bank'),
    h('p', { class: 'lead' }, 'Behavioural answers that tell a story are filed here by themselves; add your own drafts too.'),
    coverage(bank),
    h('section', { 'aria-labelledby': 'stories-title' },
      h('h2', { id: 'stories-title' }, `Stories (${bank.stories.length})`),
      bank.stories.length === 0 ? h('p', null, 'No stories yet.')
        : h('ul', { class: 'plain-list', id: 'story-list' }, bank.stories.map((s) => storyCard(s, { onEdit, onDelete })))),
    form);
}
