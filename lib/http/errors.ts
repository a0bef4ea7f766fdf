// A question the API cannot answer as asked (or may not answer to this caller): a 4xx with
// a message, never a 500.
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429,
    message: string,
  ) {
    super(message);
  }
}
