// Calls to the Dateline API, with the server's token when the reader gave one.

const TOKEN = 'dateline-token';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function setToken(token) {
  sessionStorage.setItem(TOKEN, token);
}

/** Whether the reader gave the server's token in this tab. */
export function hasToken() {
  return sessionStorage.getItem(TOKEN) != null;
}

/** The response to GET path; an ApiError with the server's message when it is not 2xx. */
export function get(path) {
  return send('GET', path);
}

/** The response to METHOD path with body (a string, a Blob or a File, sent as it is), as get. */
export async function send(method, path, body) {
  const headers = {};
  const token = sessionStorage.getItem(TOKEN);
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch(path, { method, headers, body });
  if (!response.ok) {
    let message = response.statusText;
    try {
      message = (await response.json()).message || message;
    } catch (ignored) {
      // not a JSON error body: keep the status text
    }
    throw new ApiError(response.status, message);
  }
  return response;
}

export async function json(path) {
  return (await get(path)).json();
}
