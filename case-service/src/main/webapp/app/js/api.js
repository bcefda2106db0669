// The REST API with the caller's token. A refusal comes back as an ApiError carrying the
// problem+json document (title, status and the field-level errors).
import { accessToken, refresh } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.title ? problem.title : `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

export async function api(method, path, body, headers = {}) {
  const send = () => fetch(`/api/v1${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${accessToken()}`,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  let response = await send();
  if (response.status === 401 && await refresh()) {
    response = await send();
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return { data, etag: response.headers.get('ETag') };
}

export const get = async (path) => (await api('GET', path)).data;
export const post = async (path, body = {}) => (await api('POST', path, body)).data;
