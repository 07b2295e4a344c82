// Resumes: upload a PDF (picker or drag and drop) or paste the text, with progress; then the list of resumes.
import { api, uploadPdf } from '../api.js';
import { append, field, h, when } from '../dom.js';
import { busy, flash, heading, showError } from '../ui.js';

function uploadSection(go) {
  const progress = h('progress', { id: 'upload-progress', max: 1, hidden: true, 'aria-label': 'Upload progress' });
  const progressText = h('p', { id: 'upload-state', 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: 'resume-file', accept: 'application/pdf,.pdf' });
  const zone = h('div', { class: 'dropzone', id: 'dropzone' },
    field('Resume PDF', input, 'Choose a file, or drop a PDF anywhere on this box. It is parsed, never stored.'),
    progress, progressText);

  let uploading = false;
  async function send(file) {
    if (uploading || !file) return;
    uploading = true;
    zone.classList.add('busy');
    progress.hidden = false;
    progress.removeAttribute('value');
    progressText.textContent = `Uploading ${file.name}…`;
    try {
      const resume = await uploadPdf(file, (fraction) => {
        if (fraction == null || fraction >= 1) {
          progress.removeAttribute('value'); // indeterminate while the service parses
          progressText.textContent = fraction == null ? `Uploading ${file.name}…` : 'Parsing the resume…';
        } else {
          progress.value = fraction;
          progressText.textContent = `Uploading ${file.name}: ${Math.round(fraction * 100)}%`;
        }
      });
      flash(`Parsed ${resume.fileName || 'your resume'}: check the profile below and fix anything that is wrong.`);
      go(`/resumes/${resume.id}`);
    } catch (error) {
      progressText.textContent = 'The upload did not go through.';
      showError(error);
    } finally {
      uploading = false;
      zone.classList.remove('busy');
      progress.hidden = true;
      input.value = '';
    }
  }
  input.addEventListener('change', () => send(input.files[0]));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    send(event.dataTransfer.files[0]);
  });

  const text = h('textarea', { id: 'resume-text', rows: 8, maxlength: 100000 });
  const pasteButton = h('button', { type: 'submit', id: 'paste-submit' }, 'Use this text');
  const paste = h('form', { 'aria-labelledby': 'paste-title', class: 'paste' },
    h('h3', { id: 'paste-title' }, 'Or paste the text'),
    field('Resume text', text, 'For a scanned PDF without a text layer, or a resume that is not a PDF.'),
    h('div', { class: 'actions' }, pasteButton));
  paste.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(pasteButton, async () => {
      const resume = await api('/resumes', { method: 'POST', json: { text: text.value, fileName: 'pasted.txt' } });
      flash('Parsed your resume text: check the profile below.');
      go(`/resumes/${resume.id}`);
    });
  });
  return h('section', { class: 'card', 'aria-labelledby': 'upload-title' },
    h('h2', { id: 'upload-title' }, 'Add a resume'), zone, paste);
}

export async function resumesView(root, { go }) {
  const page = await api('/resumes?size=100');
  append(root, heading('Resumes'), uploadSection(go),
    h('section', { 'aria-labelledby': 'list-title' },
      h('h2', { id: 'list-title' }, 'Your resumes'),
      page.items.length === 0
        ? h('p', null, 'No resumes yet.')
        : h('ul', { class: 'plain-list', id: 'resume-list' }, page.items.map((r) => h('li', { class: 'row' },
          h('a', { href: `#/resumes/${r.id}` }, r.fileName || `Resume ${r.id}`),
          h('span', { class: 'muted' }, ` · added ${when(r.createdAt)} · ${r.pageCount ?? '?'} page(s)`),
          r.warnings?.length ? h('span', { class: 'badge warn' }, `${r.warnings.length} warning(s)`) : null,
          r.profileSource === 'user' ? h('span', { class: 'badge' }, 'corrected') : null)))));
}
