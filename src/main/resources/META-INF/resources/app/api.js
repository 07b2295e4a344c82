// The API client: bearer token from sessionStorage, problem+json turned into ApiError with title, detail and retry.

const TOKEN_KEY = 'mockinterview.token';

/** The token lives in sessionStorage only: it is gone when the tab closes and never written anywhere else. */
export const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  signIn(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** An error answered by the API (or the network), carrying its RFC 9457 problem. */
export class ApiError extends Error {
  constructor(status, problem, retryAfterSeconds) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.title = problem.title || 'Request failed';
    this.detail = problem.detail || '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function authHeaders(accept, token = session.token) {
  const headers = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterSeconds(value) {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function problemFrom(status, statusText, text, type) {
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      // fall through to a generic problem: the body was not the JSON it claimed to be
    }
  }
  return { title: statusText || 'Request failed', detail: `The service answered with status ${status}.` };
}

const NETWORK = { title: 'Service unreachable', detail: 'The service could not be reached. Check the connection and try again.' };

/**
 * Calls /api/v1{path}. json sends a JSON body, form a multipart FormData; raw returns the Response (for downloads); otherwise the parsed body.
 * token replaces the session's (to check a pasted token before keeping it).
 */
export async function api(path, {
  method = 'GET', json, form, headers = {}, accept = 'application/json', raw = false, token = session.token,
} = {}) {
  const all = { ...authHeaders(accept, token), ...headers };
  let body = form; // FormData: the browser sets the multipart Content-Type with its boundary
  if (json !== undefined) {
    all['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  let res;
  try {
    res = await fetch(`/api/v1${path}`, { method, headers: all, body });
  } catch {
    throw new ApiError(0, NETWORK, null);
  }
  if (!res.ok) {
    const type = res.headers.get('Content-Type') || '';
    throw new ApiError(res.status, problemFrom(res.status, res.statusText, await res.text(), type),
      retryAfterSeconds(res.headers.get('Retry-After')));
  }
  if (raw) return res;
  if (res.status === 204) return null;
  return (res.headers.get('Content-Type') || '').includes('json') ? res.json() : res.text();
}

/** Uploads a recording (and the browser's own transcript, if any) to /transcriptions: its transcript and measurements. */
export function uploadRecording(blob, text) {
  const form = new FormData();
  // the server tells the format from the file's first bytes; the name only makes the part a file
  form.append('audio', blob, 'answer');
  if (text) form.append('text', text);
  return api('/transcriptions', { method: 'POST', form });
}

/** Uploads a PDF with XMLHttpRequest, the one browser API that reports upload progress (0..1, or null). */
export function uploadPdf(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/resumes');
    for (const [name, value] of Object.entries(authHeaders('application/json'))) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null));
    xhr.upload.addEventListener('load', () => onProgress(1));
    xhr.addEventListener('load', () => {
      const type = xhr.getResponseHeader('Content-Type') || '';
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(JSON.parse(xhr.responseText));
      } else {
        reject(new ApiError(xhr.status, problemFrom(xhr.status, xhr.statusText, xhr.responseText, type),
          retryAfterSeconds(xhr.getResponseHeader('Retry-After'))));
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, NETWORK, null)));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Fetches a document with the bearer token (a plain link cannot send it) and saves it as a file. */
export async function download(path, accept, fileName) {
  const res = await api(path, { accept, raw: true });
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the browser has copied the blob once the click is handled; free it a little later
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Whether this server mints dev tokens (dev mode only; 404 everywhere else). */
export async function devTokensAvailable() {
  try {
    return (await fetch('/dev/token', { method: 'HEAD' })).ok;
  } catch {
    return false;
  }
}

/** A token for a dev user from /dev/token. */
export async function devToken(user) {
  const res = await fetch(`/dev/token?user=${encodeURIComponent(user)}`, { headers: { Accept: 'text/plain' } });
  if (!res.ok) {
    throw new ApiError(res.status, problemFrom(res.status, res.statusText, await res.text(),
      res.headers.get('Content-Type') || ''), null);
  }
  return (await res.text()).trim();
}
