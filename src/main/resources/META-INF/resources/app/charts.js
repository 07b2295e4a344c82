// Chart.js (served by the service from its webjar) loaded on demand, and the scrolling data table used beside charts.
import { h } from './dom.js';

let chartLibrary = null;

/** Loads Chart.js once (the UMD build defines window.Chart); a script element from our origin passes the CSP. */
export function loadChart() {
  chartLibrary ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/webjars/chart.js/dist/chart.umd.min.js';
    script.addEventListener('load', () => resolve(window.Chart));
    script.addEventListener('error', () => {
      chartLibrary = null;
      reject(new Error('The chart library could not be loaded.'));
    });
    document.head.append(script);
  });
  return chartLibrary;
}

/** Whether the reader asked for less motion (charts then draw without animation). */
export function animation() {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 400 };
}

/** A data table that scrolls by itself (keyboard-focusable) rather than the page on a narrow screen. */
export function table(caption, head, rows, id) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', { id }, h('caption', null, caption),
      h('thead', null, h('tr', null, head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, rows.map((r) => h('tr', null, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', null, c instanceof Node ? c : String(c)))))))));
}
