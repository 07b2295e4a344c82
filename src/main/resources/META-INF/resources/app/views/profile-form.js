// The editable profile: every field bound to its JSON path (the same path the API names in a 400's errors).
import { append, field, h, uid } from '../dom.js';

/** Splits "experience[1].highlights" into ["experience", 1, "highlights"]. */
function keys(path) {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

function setAt(target, path, value) {
  const ks = keys(path);
  let node = target;
  for (const k of ks.slice(0, -1)) node = node[k];
  node[ks[ks.length - 1]] = value;
}

const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const commas = (text) => text.split(',').map((l) => l.trim()).filter(Boolean);

/** An input (or textarea for lists) that writes its value into the draft at path. */
function bound(draft, path, label, value, kind = 'text', hint) {
  const list = kind === 'lines' || kind === 'commas';
  const shown = list ? (value ?? []).join(kind === 'lines' ? '\n' : ', ') : (value ?? '');
  const control = kind === 'lines' || kind === 'long'
    ? h('textarea', { rows: kind === 'lines' ? 4 : 3, value: shown })
    : h('input', { type: kind === 'email' ? 'email' : 'text', value: shown });
  control.dataset.path = path;
  const write = () => {
    const v = control.value;
    setAt(draft, path, kind === 'lines' ? lines(v) : kind === 'commas' ? commas(v) : (v.trim() === '' ? null : v));
  };
  // change as well as input: autofill and scripted clears fire only change
  control.addEventListener('input', write);
  control.addEventListener('change', write);
  return field(label, control, hint);
}

const TEMPLATES = {
  experience: () => ({ title: '', organization: null, location: null, dates: null, highlights: [] }),
  projects: () => ({ name: '', dates: null, summary: null, highlights: [] }),
  education: () => ({ institution: null, degree: null, dates: null }),
};

const ENTRY_FIELDS = {
  experience: (d, at, e) => [bound(d, `${at}.title`, 'Title', e.title), bound(d, `${at}.organization`, 'Organization', e.organization),
    bound(d, `${at}.location`, 'Location', e.location), bound(d, `${at}.dates`, 'Dates', e.dates),
    bound(d, `${at}.highlights`, 'Highlights', e.highlights, 'lines', 'One per line.')],
  projects: (d, at, p) => [bound(d, `${at}.name`, 'Name', p.name), bound(d, `${at}.dates`, 'Dates', p.dates),
    bound(d, `${at}.summary`, 'Summary', p.summary, 'long'),
    bound(d, `${at}.highlights`, 'Highlights', p.highlights, 'lines', 'One per line.')],
  education: (d, at, e) => [bound(d, `${at}.institution`, 'Institution', e.institution),
    bound(d, `${at}.degree`, 'Degree', e.degree), bound(d, `${at}.dates`, 'Dates', e.dates)],
};

const NOUN = { experience: 'experience', projects: 'project', education: 'education entry' };

function entryTitle(kind, entry, index) {
  const name = kind === 'experience' ? [entry.title, entry.organization].filter(Boolean).join(' at ')
    : kind === 'projects' ? entry.name : [entry.degree, entry.institution].filter(Boolean).join(', ');
  return `${NOUN[kind][0].toUpperCase()}${NOUN[kind].slice(1)} ${index + 1}${name ? `: ${name}` : ''}`;
}

/** One list section (experience, projects, education) with add and remove; re-rendered in place on change. */
function entries(draft, kind, heading) {
  const section = h('section', { class: 'entries', 'aria-labelledby': `${kind}-title` });
  const render = (focusIndex) => {
    const list = draft[kind];
    section.replaceChildren();
    append(section, h('h3', { id: `${kind}-title` }, heading),
      list.length === 0 ? h('p', { class: 'muted' }, 'None.') : null,
      list.map((entry, i) => {
        const legendId = uid('legend');
        const low = entry.confidence != null && entry.confidence < 0.6;
        return h('fieldset', { class: 'entry', 'aria-describedby': low ? `${legendId}-low` : null },
          h('legend', { id: legendId }, entryTitle(kind, entry, i)),
          low ? h('p', { class: 'badge warn', id: `${legendId}-low` }, 'Low parser confidence: please check this entry') : null,
          h('div', { class: 'grid-2' }, ENTRY_FIELDS[kind](draft, `${kind}[${i}]`, entry)),
          h('button', { type: 'button', class: 'link-button', onclick: () => { list.splice(i, 1); render(-1); } },
            `Remove ${NOUN[kind]} ${i + 1}`));
      }),
      h('button', { type: 'button', class: 'secondary', onclick: () => { draft[kind].push(TEMPLATES[kind]()); render(draft[kind].length - 1); } },
        `Add ${NOUN[kind]}`));
    if (focusIndex !== undefined) {
      const target = focusIndex >= 0 ? section.querySelectorAll('fieldset')[focusIndex]?.querySelector('input, textarea')
        : section.querySelector('h3');
      if (target) {
        if (!target.hasAttribute('tabindex') && target.tagName === 'H3') target.setAttribute('tabindex', '-1');
        target.focus();
      }
    }
  };
  render();
  return section;
}

/** The form's fields for a profile draft (a deep copy the inputs write into). */
export function profileFields(draft) {
  for (const kind of Object.keys(TEMPLATES)) draft[kind] ??= [];
  return [
    h('fieldset', { class: 'entry' }, h('legend', null, 'Contact'),
      h('div', { class: 'grid-2' },
        bound(draft, 'name', 'Name', draft.name), bound(draft, 'email', 'Email', draft.email, 'email'),
        bound(draft, 'phone', 'Phone', draft.phone), bound(draft, 'links', 'Links', draft.links, 'lines', 'One per line.'))),
    bound(draft, 'skills', 'Skills', draft.skills, 'commas', 'Separated by commas.'),
    entries(draft, 'experience', 'Experience'),
    entries(draft, 'projects', 'Projects'),
    entries(draft, 'education', 'Education'),
  ];
}

/** What PUT receives: the draft without the computed fields, which the service recomputes from the edited text. */
export function correctionBody(draft) {
  const body = structuredClone(draft);
  for (const kind of Object.keys(TEMPLATES)) {
    for (const entry of body[kind]) {
      for (const computed of ['confidence', 'technologies', 'methods', 'metrics']) delete entry[computed];
    }
  }
  return body;
}

/** Marks the controls a 400 named (by JSON path, falling back to the nearest parent) and focuses the first. */
export function markErrors(form, errors) {
  for (const old of form.querySelectorAll('.field-error')) old.remove();
  for (const old of form.querySelectorAll('[aria-invalid]')) {
    old.removeAttribute('aria-invalid');
    const kept = (old.getAttribute('aria-describedby') || '').split(' ').filter((t) => t && !t.startsWith('err-'));
    if (kept.length) old.setAttribute('aria-describedby', kept.join(' '));
    else old.removeAttribute('aria-describedby');
  }
  let first = null;
  for (const error of errors) {
    let path = error.field;
    let control = null;
    while (path) {
      control = form.querySelector(`[data-path="${CSS.escape(path)}"]`);
      if (control) break;
      const parent = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
      if (parent === path) break;
      path = parent;
    }
    if (!control) continue;
    const id = uid('err');
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    control.after(h('p', { class: 'field-error', id }, error.message));
    first ??= control;
  }
  first?.focus();
}
