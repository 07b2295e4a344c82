// Tiny DOM builder: every piece of text goes in as a text node, so nothing from the API or the user is parsed as HTML.

/** Creates an element: props are attributes, on* functions become listeners, value/checked set the live property. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'value' || key === 'checked') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, ...children);
  return el;
}

/** Appends strings, numbers, nodes and (nested) arrays of them; null and false are skipped. */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

let ids = 0;

/** A unique id for label/control and aria-describedby pairs. */
export function uid(prefix = 'f') {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** A labelled control in a wrapper: the label always names the control (for), a hint describes it. */
export function field(label, control, hint) {
  if (!control.id) control.id = uid();
  const parts = [h('label', { for: control.id }, label)];
  if (hint) {
    const hintId = uid('hint');
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('p', { class: 'hint', id: hintId }, hint));
  }
  parts.push(control);
  return h('div', { class: 'field' }, parts);
}

/** Formats an ISO date-time in the reader's locale. */
export function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}
