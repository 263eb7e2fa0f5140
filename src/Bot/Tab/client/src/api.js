// Calls /api/tab/* with the SSO token (when in a host) and the page language; errors carry the server's localised message.
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function createApi(host, lang) {
  return async function get(path) {
    const headers = { Accept: 'application/json', 'Accept-Language': lang };
    const token = await host.getToken();
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }

    let response;
    try {
      response = await fetch(`../api/tab/${path}`, { headers, credentials: 'omit' });
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
    throw new ApiError(response.status, body.code || String(response.status), body.message || '');
  };
}
