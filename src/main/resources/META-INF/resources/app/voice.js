// Spoken answers: record with the microphone (MediaRecorder, the browser's default format) while a level meter
// moves, upload to /transcriptions with the browser's own transcript as a fallback, put the transcript into the
// answer for the user to confirm or edit, and show the recording's pace and pauses. Also reads questions aloud.
import { uploadRecording } from './api.js';
import { h } from './dom.js';
import { busy, notify, showError } from './ui.js';

/** A problem-shaped error for the page's alert region (ui.js describe()). */
const problem = (title, detail) => ({ title, detail, errors: [], status: '' });

function microphoneProblem(error) {
  switch (error?.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return problem('Microphone permission denied',
        'Allow this site to use the microphone (in the address bar) and try again, or type your answer.');
    case 'NotFoundError':
    case 'OverconstrainedError':
      return problem('No microphone', 'No microphone was found. Connect one and try again, or type your answer.');
    case 'NotReadableError':
      return problem('Microphone busy', 'Another application is using the microphone. Close it and try again.');
    default:
      return problem('Recording failed', String(error?.message || error || 'The recording could not start.'));
  }
}

const seconds = (s) => `${Number(s).toFixed(1)} s`;

/** Human wording of a transcription's measurements. */
export function measurements(t) {
  const count = t.pauses?.count ?? 0;
  const parts = [`Recording ${seconds(t.audioSeconds)}`, `speaking ${seconds(t.speakingSeconds)}`,
    `${count} pause${count === 1 ? '' : 's'}${count ? ` (longest ${seconds(t.pauses.longestSeconds)})` : ''}`];
  if (t.wordsPerMinute != null) parts.push(`${Math.round(t.wordsPerMinute)} words per minute`);
  return `${parts.join(', ')}.`;
}

/** The browser's own speech recognition, where it has one (Chrome, Safari); its failures only lose the fallback. */
function browserTranscript() {
  const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  if (!Recognition) return { stop: async () => '' };
  const words = [];
  let ended = false;
  let onEnd = () => {};
  const recognition = new Recognition();
  recognition.continuous = true;
  recognition.interimResults = false;
  recognition.lang = document.documentElement.lang || 'en-US';
  recognition.addEventListener('result', (event) => {
    for (let i = event.resultIndex; i < event.results.length; i += 1) {
      if (event.results[i].isFinal) words.push(event.results[i][0].transcript.trim());
    }
  });
  recognition.addEventListener('error', () => {});
  recognition.addEventListener('end', () => { ended = true; onEnd(); });
  try {
    recognition.start();
  } catch {
    ended = true;
  }
  return {
    stop: () => new Promise((resolve) => {
      const done = () => resolve(words.filter(Boolean).join(' '));
      if (ended) { done(); return; }
      onEnd = done;
      setTimeout(done, 2000); // the last result comes shortly after stop(), or never
      try { recognition.stop(); } catch { done(); }
    }),
  };
}

/**
 * The record button, level meter and measurements for one answer. answer is its textarea; onTranscription gets each
 * upload's result (the transcriptionId to submit with the answer).
 */
export function recorder(answer, onTranscription) {
  const button = h('button', { type: 'button', id: 'record', class: 'secondary', 'aria-pressed': 'false',
    'aria-describedby': 'record-hint' }, 'Record answer');
  const hint = h('p', { class: 'hint', id: 'record-hint' },
    'Speak your answer; the transcript appears in the box below for you to check before submitting.');
  const meter = h('meter', { id: 'level', min: 0, max: 1, low: 0.05, high: 0.6, optimum: 0.3, value: 0 });
  const clock = h('span', { id: 'recording-time', class: 'timer-value' }, '0:00');
  const levelRow = h('div', { class: 'level-row', hidden: true },
    h('label', { for: 'level' }, 'Microphone level'), meter, clock);
  const delivery = h('p', { id: 'delivery', class: 'delivery', 'aria-live': 'polite' });
  const el = h('div', { class: 'voice' }, h('div', { class: 'actions' }, button), hint, levelRow, delivery);
  let active = null;

  async function start() {
    if (!navigator.mediaDevices?.getUserMedia || !window.MediaRecorder) {
      showError(problem('Recording unavailable', 'This browser cannot record audio here. Type your answer instead.'));
      return;
    }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      showError(microphoneProblem(error));
      return;
    }
    const chunks = [];
    const media = new MediaRecorder(stream);
    media.addEventListener('dataavailable', (e) => { if (e.data.size) chunks.push(e.data); });
    const stopped = new Promise((resolve) => media.addEventListener('stop', resolve, { once: true }));
    const audio = new AudioContext();
    const analyser = audio.createAnalyser();
    analyser.fftSize = 1024;
    audio.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const began = Date.now();
    const tick = setInterval(() => {
      if (!el.isConnected) { cancel(); return; } // the user navigated away while recording
      analyser.getFloatTimeDomainData(samples);
      const rms = Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
      meter.value = Math.min(1, rms * 4);
      const s = Math.floor((Date.now() - began) / 1000);
      clock.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    }, 100);
    const recognition = browserTranscript();
    const release = () => {
      clearInterval(tick);
      stream.getTracks().forEach((t) => t.stop());
      audio.close().catch(() => {});
      meter.value = 0;
      levelRow.hidden = true;
    };
    function cancel() {
      release();
      if (media.state !== 'inactive') media.stop();
      active = null;
    }
    active = { media, stopped, chunks, recognition, release };
    media.start(250);
    levelRow.hidden = false;
    button.textContent = 'Stop recording';
    button.setAttribute('aria-pressed', 'true');
    delivery.textContent = '';
    notify('Recording… press Stop recording when you are done.');
  }

  async function stop() {
    const { media, stopped, chunks, recognition, release } = active;
    active = null;
    button.textContent = 'Record answer';
    button.setAttribute('aria-pressed', 'false');
    media.stop();
    await stopped;
    release();
    const spoken = await recognition.stop();
    const blob = new Blob(chunks, { type: media.mimeType || chunks[0]?.type || 'audio/webm' });
    notify('Uploading the recording…');
    const done = await busy(button, async () => {
      const t = await uploadRecording(blob, spoken);
      onTranscription(t);
      delivery.textContent = measurements(t);
      if (t.text) {
        answer.value = answer.value.trim() ? `${answer.value.trim()}\n\n${t.text}` : t.text;
        notify('Transcript added to your answer: check it, edit it if needed, then submit.');
      } else {
        notify('Recording measured, but no transcript could be made here: type your answer, and the measurements go with it.');
      }
      answer.focus();
      return true;
    });
    if (!done) {
      notify('');
    }
  }

  button.addEventListener('click', () => (active ? stop() : start()));
  return el;
}

/** A button reading text aloud with the browser's speech synthesis (pressing it again stops). */
export function readAloud(text, label = 'Read aloud: the question') {
  const button = h('button', { type: 'button', id: 'read-aloud', class: 'secondary', 'aria-label': label }, 'Read aloud');
  button.addEventListener('click', () => {
    if (!('speechSynthesis' in window)) {
      showError(problem('Reading aloud unavailable', 'This browser has no speech synthesis.'));
      return;
    }
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en-US';
    utterance.addEventListener('start', () => { button.textContent = 'Stop reading'; });
    const reset = () => { button.textContent = 'Read aloud'; };
    utterance.addEventListener('end', reset);
    utterance.addEventListener('error', reset);
    speechSynthesis.speak(utterance);
  });
  return button;
}
