// RFC 9457 problem details and the typed errors the API client throws for them.

export type FieldError = { field: string; message: string };

export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
};

/** Any failed API call: an HTTP status with the problem details the server sent (if any). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** The whole answer, unchecked: for a feature that knows the extension members its problems carry. */
  readonly body: unknown;

  constructor(status: number, problem: Problem, body?: unknown) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = new.target.name;
    this.status = status;
    this.problem = problem;
    this.body = body;
  }

  /** True when the problem type URI ends with the given suffix, e.g. "/bad-credentials". */
  hasType(suffix: string): boolean {
    return (this.problem.type ?? '').endsWith(suffix);
  }

  get fieldErrors(): FieldError[] {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

export class BadRequestError extends ApiError {}
export class UnauthorizedError extends ApiError {}
export class ForbiddenError extends ApiError {}
export class NotFoundError extends ApiError {}
export class ConflictError extends ApiError {}
export class GoneError extends ApiError {}
export class PreconditionFailedError extends ApiError {}
export class TooManyRequestsError extends ApiError {}
export class ServerError extends ApiError {}

/** The request never got an HTTP answer (offline, server down, connection reset). */
export class NetworkError extends Error {
  constructor() {
    super('Consilium could not be reached. Check your connection and try again.');
    this.name = 'NetworkError';
  }
}

const byStatus: Record<number, new (status: number, problem: Problem, body?: unknown) => ApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  410: GoneError,
  412: PreconditionFailedError,
  422: BadRequestError,
  429: TooManyRequestsError,
};

export function errorFor(status: number, problem: Problem, body?: unknown): ApiError {
  const Type = byStatus[status] ?? (status >= 500 ? ServerError : ApiError);
  return new Type(status, problem, body);
}

/** Keeps only the well-formed parts of a body that claims to be a problem. */
export function toProblem(body: unknown): Problem {
  if (typeof body !== 'object' || body === null) return {};
  const b = body as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const errors = Array.isArray(b.errors)
    ? b.errors.filter(
        (e): e is FieldError =>
          typeof e === 'object' && e !== null && typeof e.field === 'string' && typeof e.message === 'string',
      )
    : undefined;
  return {
    type: text(b.type),
    title: text(b.title),
    status: typeof b.status === 'number' ? b.status : undefined,
    detail: text(b.detail),
    errors,
  };
}
