// A question the API cannot answer as asked: a 400 (or 404) with a message, never a 500.
export class QueryError extends Error {
  constructor(
    readonly status: 400 | 404 | 429,
    message: string,
  ) {
    super(message);
  }
}
