// The analysis of one answer: score, STAR and rubric verdicts with their evidence highlighted in the answer,
// key points, delivery, the stronger-answer outline and the follow-up.
import { h } from '../dom.js';
import { highlight } from '../highlight.js';
import { CATEGORIES } from './setup.js';

const STAR = [['situation', 'Situation'], ['task', 'Task'], ['action', 'Action'], ['result', 'Result']];

function verdict(met, applies = true) {
  if (!applies || met == null) return h('span', { class: 'verdict na' }, 'n/a');
  return met ? h('span', { class: 'verdict ok' }, '✓ present') : h('span', { class: 'verdict miss' }, '✗ missing');
}

/** Rubric criteria are identifiers (star_complete); people read "Star complete". */
const human = (id) => (id ? id.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase()) : '');

function quote(text) {
  return text ? h('q', { class: 'evidence' }, text) : null;
}

/** Every quoted evidence of an analysis, labelled by what it is evidence for. */
function quotes(a) {
  const all = [];
  for (const [key, label] of STAR) all.push({ label, text: a.star?.[key]?.evidence });
  all.push({ label: 'Measurable result', text: a.measurableResult?.evidence });
  all.push({ label: 'Business impact', text: a.businessImpact?.evidence });
  all.push({ label: 'Ownership', text: a.ownership?.evidence });
  for (const r of a.rubric ?? []) all.push({ label: human(r.criterion), text: r.evidence });
  return all.filter((q) => q.text);
}

function highlightedAnswer(answer, analysis) {
  const segments = highlight(answer, quotes(analysis));
  return h('blockquote', { class: 'answer', id: 'highlighted-answer' }, segments.map((s) => (s.labels.length
    ? h('mark', { title: s.labels.join(', '), class: `m-${s.labels[0].toLowerCase().replace(/[^a-z]+/g, '-')}` },
      h('span', { class: 'visually-hidden' }, `[${s.labels.join(', ')}:] `), s.text)
    : s.text)));
}

function section(title, ...content) {
  return h('section', { class: 'analysis-part' }, h('h4', null, title), content);
}

function delivery(d) {
  if (!d) return null;
  const fillers = (d.fillerWords ?? []).map((f) => `${f.word} ×${f.count}`).join(', ');
  return section('Delivery', h('dl', { class: 'facts' },
    h('dt', null, 'Words'), h('dd', null, String(d.words ?? 0)),
    d.wordsPerMinute ? [h('dt', null, 'Words per minute'), h('dd', null, String(d.wordsPerMinute))] : null,
    h('dt', null, 'Filler words'), h('dd', null, fillers || 'none'),
    h('dt', null, 'Hedges'), h('dd', null, String(d.hedges ?? 0)),
    d.jargonTerms?.length ? [h('dt', null, 'Jargon'), h('dd', null, d.jargonTerms.join(', '))] : null));
}

/** The whole analysis of a turn (an AnswerResult's turn), for the question it answered. */
export function analysisView(turn, questionText) {
  const a = turn.analysis;
  if (turn.skipped || !a) {
    return h('article', { class: 'analysis card', id: `analysis-${turn.questionId}` },
      h('h3', null, 'Skipped'), h('p', null, questionText));
  }
  const covered = (a.keyPoints ?? []).filter((k) => k.covered);
  const missed = (a.keyPoints ?? []).filter((k) => !k.covered);
  const behavioural = a.star && Object.values(a.star).some((p) => p?.applies !== false);
  return h('article', { class: 'analysis card', id: `analysis-${turn.questionId}`, 'aria-labelledby': `analysis-title-${turn.questionId}` },
    h('div', { class: 'score-row' },
      h('h3', { id: `analysis-title-${turn.questionId}` }, turn.kind === 'follow_up' ? 'Feedback on your follow-up answer' : 'Feedback on your answer'),
      h('p', { class: 'score', 'aria-label': `Score ${a.score} out of 100` }, h('span', { class: 'score-value' }, String(a.score)), '/100')),
    h('p', { class: 'muted' }, questionText, a.category ? ` (${CATEGORIES[a.category] ?? a.category})` : ''),
    a.nonAnswer ? h('p', { class: 'callout warn' }, a.nonAnswer.explanation || a.nonAnswer.reason) : null,
    section('Your answer, with the evidence found', highlightedAnswer(turn.answer ?? '', a),
      h('p', { class: 'hint legend' }, 'Highlighted: the words the verdicts below quote. ',
        STAR.map(([, label]) => h('mark', { class: `m-${label.toLowerCase()}` }, label)), ' ',
        h('mark', null, 'other evidence'))),
    behavioural ? section('STAR', h('ul', { class: 'verdicts', id: 'star-verdicts' }, STAR.map(([key, label]) => {
      const p = a.star[key] ?? {};
      return h('li', null, h('strong', null, label), ' ', verdict(p.present, p.applies), ' ', quote(p.evidence));
    }))) : null,
    (a.rubric ?? []).length ? section('Rubric', h('ul', { class: 'verdicts', id: 'rubric-verdicts' }, a.rubric.map((r) => h('li', null,
      h('strong', null, human(r.criterion)), ' ', verdict(r.met), ' ', quote(r.evidence),
      r.advice ? h('span', { class: 'advice' }, ` ${r.advice}`) : null)))) : null,
    (a.keyPoints ?? []).length ? section('Key points', h('div', { class: 'grid-2' },
      h('div', null, h('h5', null, `Covered (${covered.length})`), h('ul', null, covered.map((k) => h('li', null, k.point)))),
      h('div', null, h('h5', null, `Missed (${missed.length})`), h('ul', null, missed.map((k) => h('li', null, k.point)))))) : null,
    delivery(a.delivery),
    (a.feedback ?? []).length ? section('Advice', h('ul', null, a.feedback.map((f) => h('li', null, f)))) : null,
    a.strongerAnswer?.outline?.length ? section('A stronger version', h('ol', { class: 'outline' },
      a.strongerAnswer.outline.map((o) => h('li', null, h('strong', null, `${o.part}: `), o.text,
        o.fromAnswer ? h('span', { class: 'badge' }, 'from your answer') : null)))) : null,
    a.followUp?.question ? section('Follow-up', h('p', null, a.followUp.question),
      a.followUp.target ? h('p', { class: 'muted' }, `It probes: ${a.followUp.target}`) : null) : null);
}
