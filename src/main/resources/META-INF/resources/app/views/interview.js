// Answering: the current question with a visible timer (read aloud on request), a spoken or typed answer, submit
// (with durationSeconds and the recording's transcriptionId), skip, the analysis of each
// answer, follow-ups, and completion. Reloading the page resumes where the interview stands.
import { api } from '../api.js';
import { append, field, h } from '../dom.js';
import { busy, confirmDialog, heading, notify } from '../ui.js';
import { readAloud, recorder } from '../voice.js';
import { analysisView } from './analysis.js';
import { CATEGORIES } from './setup.js';

const mmss = (s) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/** A running clock for one question; stops by itself once its element leaves the page. */
function timer() {
  const started = Date.now();
  const output = h('span', { class: 'timer-value', id: 'timer' }, '00:00');
  const el = h('p', { class: 'timer', role: 'timer', 'aria-label': 'Time on this question' }, 'Time ', output);
  const elapsed = () => Math.round((Date.now() - started) / 1000);
  let shown = false;
  const tick = setInterval(() => {
    if (el.isConnected) {
      shown = true;
    } else if (shown) {
      clearInterval(tick); // the user navigated away
      return;
    }
    output.textContent = mmss(elapsed());
  }, 1000);
  return { el, elapsed, stop: () => clearInterval(tick) };
}

export async function interviewView(root, { go, args: [id] }) {
  const state = await api(`/interviews/${id}`);
  if (state.status === 'completed') {
    append(root, heading(`Interview ${id}`), h('p', null, 'This interview is complete.'),
      h('a', { class: 'button primary', href: `#/interviews/${id}/report` }, 'See the report'));
    return;
  }
  const progress = h('progress', { id: 'progress', max: state.progress.total, value: state.progress.answered,
    'aria-labelledby': 'progress-label' });
  const progressLabel = h('span', { id: 'progress-label' });
  const setProgress = (p) => {
    progress.max = p.total;
    progress.value = p.answered;
    progressLabel.textContent = `${p.answered} of ${p.total} main questions answered`;
  };
  setProgress(state.progress);
  const stage = h('div', { id: 'stage' });
  const feedback = h('section', { id: 'feedback', 'aria-label': 'Feedback' });
  const earlier = h('div', { id: 'earlier' });
  const keys = new Map(); // question id → Idempotency-Key, reused if the same answer is sent again
  let clock = null;

  async function complete(button) {
    await busy(button, async () => {
      await api(`/interviews/${id}/complete`, { method: 'POST' });
      go(`/interviews/${id}/report`);
    });
  }

  function after(result, questionText) {
    clock?.stop();
    const previous = feedback.firstElementChild;
    if (previous) {
      earlier.prepend(h('details', { class: 'earlier' }, h('summary', null, previous.querySelector('h3')?.textContent ?? 'Earlier answer'), previous));
    }
    feedback.replaceChildren(analysisView(result.turn, questionText));
    api(`/interviews/${id}`).then((s) => setProgress(s.progress)).catch(() => {});
    const next = result.followUp ?? result.next;
    if (next) {
      const go2 = h('button', { type: 'button', class: 'primary', id: 'continue' },
        result.followUp ? 'Answer the follow-up' : 'Next question');
      go2.addEventListener('click', () => { feedback.classList.add('read'); show(next); });
      stage.replaceChildren(h('div', { class: 'actions' }, go2));
      feedback.querySelector('h3')?.setAttribute('tabindex', '-1');
      feedback.querySelector('h3')?.focus();
    } else {
      closing('That was the last question.').focus();
    }
  }

  /** The closing call-out with its one action; returns the button. */
  function closing(message) {
    const done = h('button', { type: 'button', class: 'primary', id: 'complete' }, 'Complete and see the report');
    done.addEventListener('click', () => complete(done));
    stage.replaceChildren(h('div', { class: 'callout ok' }, h('p', null, message), done));
    return done;
  }

  function show(q) {
    if (!keys.has(q.id)) keys.set(q.id, crypto.randomUUID());
    clock = timer();
    if ('speechSynthesis' in window) speechSynthesis.cancel(); // the previous question may still be read out
    const text = h('textarea', { id: 'answer', rows: 8, maxlength: 20000, required: true });
    let transcriptionId = null; // the last recording's, sent with the answer for its pace and pauses
    const voice = recorder(text, (t) => { transcriptionId = t.id; });
    const submit = h('button', { type: 'submit', class: 'primary', id: 'submit-answer' }, 'Submit answer');
    const skip = h('button', { type: 'button', id: 'skip' }, 'Skip question');
    const form = h('form', { id: 'answer-form', 'aria-labelledby': 'question-text' },
      h('p', { class: 'question-meta' },
        h('span', { class: 'badge' }, CATEGORIES[q.category] ?? q.category),
        q.kind === 'follow_up' ? h('span', { class: 'badge accent' }, 'Follow-up') : null,
        q.projectRef ? h('span', { class: 'badge' }, `About: ${q.projectRef}`) : null),
      h('h2', { id: 'question-text', tabindex: '-1' }, q.text),
      h('div', { class: 'actions' }, readAloud(q.text)),
      clock.el,
      voice,
      field('Your answer', text, 'Answer as you would out loud. Ctrl+Enter submits.'),
      h('div', { class: 'actions' }, submit, skip));
    text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!text.value.trim()) {
        notify('Write an answer first, or skip the question.');
        text.focus();
        return;
      }
      busy(submit, async () => {
        notify('Analysing your answer…');
        const result = await api(`/interviews/${id}/answers`, { method: 'POST', headers: { 'Idempotency-Key': keys.get(q.id) },
          json: { questionId: q.id, text: text.value, durationSeconds: clock.elapsed(), transcriptionId: transcriptionId ?? undefined } });
        notify('');
        after(result, q.text);
      });
    });
    skip.addEventListener('click', () => busy(skip, async () => {
      const result = await api(`/interviews/${id}/skip`, { method: 'POST', json: { questionId: q.id } });
      after(result, q.text);
    }));
    stage.replaceChildren(form);
    form.querySelector('h2').focus();
  }

  const finish = h('button', { type: 'button', class: 'secondary', id: 'finish-early' }, 'Finish interview now');
  finish.addEventListener('click', async () => {
    const sure = await confirmDialog({ title: 'Finish the interview now?',
      body: 'Questions not answered yet count as not answered in the report.', confirm: 'Finish', danger: false });
    if (sure) await complete(finish);
    else finish.focus();
  });

  append(root,
    heading(`Interview ${id}`),
    h('div', { class: 'progress-row' }, progressLabel, progress),
    stage, feedback, earlier,
    h('details', { class: 'plan' }, h('summary', null, `The plan (${state.plan.length} questions)`),
      h('ol', null, state.plan.map((p) => h('li', null, h('span', { class: 'badge' }, CATEGORIES[p.category] ?? p.category), ' ', p.text)))),
    h('div', { class: 'actions' }, finish));
  if (state.current?.question) {
    show(state.current.question);
  } else {
    closing('Every question is answered.');
  }
}
