/**
 * An error meant for the user: a stable code for programs and tests, a Chinese message for people.
 * Everything below the transports throws this; anything else is a bug and is reported as INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
