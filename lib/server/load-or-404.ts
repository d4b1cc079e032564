import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from './app-error';

/** Turns a data-access NOT_FOUND into the page's 404. */
export async function loadOr404<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
