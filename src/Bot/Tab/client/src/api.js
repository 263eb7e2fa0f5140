// Calls /api/tab/* with the SSO token (when in a host) and the page language; errors carry the server's localised message and,
// for validation errors, the per-field errors.
export class ApiError extends Error {
  constructor(status, code, message, errors) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = errors || [];
  }
}

async function call(host, lang, path, init, acceptStatus) {
  const headers = { Accept: 'application/json', 'Accept-Language': lang, ...(init.headers || {}) };
  const token = await host.getToken();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }

  let response;
  try {
    response = await fetch(`../api/tab/${path}`, { ...init, headers, credentials: 'omit' });
  } catch {
    throw new ApiError(0, 'Network', '');
  }

  if (response.ok) {
    return response.json();
  }

  let body = {};
  try {
    body = await response.json();
  } catch {
    // 401 has no body
  }
  if (acceptStatus && acceptStatus(response.status, body)) {
    return body;
  }
  throw new ApiError(response.status, body.code || String(response.status), body.message || '', body.errors);
}

export function createApi(host, lang) {
  return function get(path) {
    return call(host, lang, path, { method: 'GET' });
  };
}

/** POSTs JSON (a plain object) or a file (FormData). acceptStatus(status, body) may take an error status's body as the answer. */
export function createPost(host, lang) {
  return function post(path, payload, acceptStatus) {
    const init = payload instanceof FormData
      ? { method: 'POST', body: payload }
      : { method: 'POST', body: JSON.stringify(payload), headers: { 'Content-Type': 'application/json' } };
    return call(host, lang, path, init, acceptStatus);
  };
}

/** PUTs JSON (a plain object). */
export function createPut(host, lang) {
  return function put(path, payload) {
    return call(host, lang, path, { method: 'PUT', body: JSON.stringify(payload), headers: { 'Content-Type': 'application/json' } });
  };
}
